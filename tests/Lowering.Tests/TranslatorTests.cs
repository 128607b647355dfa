using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Pipeline;

namespace EdgeMirror.Compiler.Lowering.Tests;

/// <summary>The shape of the lowered module for the decisions the lowering makes on its own.</summary>
public sealed class TranslatorTests
{
    private static JsModule Translate(string source)
    {
        var result = Translator.Translate([new SourceText("Test.cs", source)]);
        Assert.Empty(result.Diagnostics);
        return result.Module!;
    }

    private static IEnumerable<JsClass> Classes(JsModule module) => module.Body.OfType<JsClassDeclaration>().Select(c => c.Class);

    private static IEnumerable<string> MethodNames(JsClass c) =>
        c.Members.OfType<JsClassMethod>().Select(m => m.Key).OfType<JsIdentifier>().Select(k => k.Name);

    [Fact]
    public void A_user_class_named_like_a_js_global_is_renamed_so_the_global_stays_visible()
    {
        var module = Translate("class Map { } class Error { } class Program { static void Main() { new Map(); new Error(); } }");
        var names = Classes(module).Select(c => c.Name).ToList();
        Assert.Contains("Map$", names);
        Assert.Contains("Error$", names);
        Assert.DoesNotContain("Map", names);
    }

    [Fact]
    public void A_lazy_static_readonly_field_gets_no_setter_unless_a_static_constructor_may_assign_it()
    {
        var module = Translate("""
            class Lazy { static readonly string Name = Make(); static string Counter = "c"; static string Make() => "m"; public static string Read() => Name + Counter; }
            class WithCctor { static readonly string Name; static WithCctor() { Name = "n"; } public static string Read() => Name; }
            class Program { static void Main() { System.Console.WriteLine(Lazy.Read() + WithCctor.Read()); } }
            """);
        string[] Accessors(string cls, string name) => Classes(module).Single(c => c.Name == cls).Members.OfType<JsClassMethod>()
            .Where(m => m.Key is JsIdentifier { Name: var n } && n == name).Select(m => m.Kind.ToString()).Order().ToArray();
        Assert.Equal(["Getter"], Accessors("Lazy", "Name"));
        Assert.Equal(["Getter", "Setter"], Accessors("Lazy", "Counter"));
        Assert.Equal(["Getter", "Setter"], Accessors("WithCctor", "Name"));
    }

    [Fact]
    public void Overloads_get_distinct_js_names_and_overrides_keep_the_base_name()
    {
        var module = Translate("""
            class A { public virtual int F(int x) => x; public int F(string s) => 1; public override string ToString() => "a"; }
            class B : A { public override int F(int x) => 2; }
            class Program { static void Main() { A a = new B(); a.F(1); a.F("s"); } }
            """);
        var a = Classes(module).Single(c => c.Name == "A");
        var b = Classes(module).Single(c => c.Name == "B");
        Assert.Contains("F", MethodNames(a));
        Assert.Contains("F$1", MethodNames(a));
        Assert.Contains("toString", MethodNames(a));
        Assert.Equal(["F"], MethodNames(b).Where(n => n.StartsWith('F')));
    }

    [Fact]
    public void Main_becomes_the_entry_point_call()
    {
        var module = Translate("class Program { static void Main() { } }");
        var call = Assert.IsType<JsCall>(module.EntryPoint);
        Assert.Equal(new JsMember(new JsIdentifier("Program"), "Main"), call.Callee);
    }

    [Fact]
    public void An_export_default_class_becomes_an_object_of_its_public_static_methods()
    {
        var module = Translate("""
            [H5.ExportDefault] static class Worker { public static int fetch(int x) => x; static int Hidden() => 0; }
            """);
        var literal = Assert.IsType<JsObjectLiteral>(module.ExportDefault);
        var property = Assert.IsType<JsProperty>(Assert.Single(literal.Members));
        Assert.Equal(new JsIdentifier("fetch"), property.Key);
        Assert.Null(module.EntryPoint);
    }

    [Fact]
    public void An_unmapped_bcl_member_is_a_cs2js_error_at_its_location()
    {
        var result = Translator.Translate([new SourceText("Test.cs", "class P {\n  static void Main() {\n    var w = System.Diagnostics.Stopwatch.StartNew();\n  }\n}")]);
        Assert.Null(result.Module);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("CS2JS0008", 3, 13), (error.Id, error.Line, error.Column));
    }

    [Fact]
    public void Statements_carry_their_csharp_line_for_the_source_map()
    {
        var module = Translate("class Program {\n  static void Main() {\n    int x = 1;\n    x++;\n  }\n}");
        var main = Classes(module).Single().Members.OfType<JsClassMethod>().Single(m => m.Key is JsIdentifier { Name: "Main" });
        Assert.Equal([2, 3], main.Function.Body.Statements.Select(s => s.Location!.Line));
    }
}
