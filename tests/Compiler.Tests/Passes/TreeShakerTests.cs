using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Passes.TreeShaking;
using EdgeMirror.Compiler.Pipeline;

namespace EdgeMirror.Compiler.Tests.Passes;

/// <summary>The tree shaker, through the whole pipeline (what a program keeps in its output) and on
/// hand-built modules (what the pass does to each kind of statement).</summary>
public sealed class TreeShakerTests
{
    private static string Program(string source)
    {
        var result = CompilerPipeline.Compile([new SourceText("/src/Program.cs", source)], new CompileOptions("out.mjs", "/src/dist"));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var js = result.JavaScript!;
        var start = js.IndexOf("// ---- program ----", StringComparison.Ordinal);
        return start < 0 ? js : js[start..];
    }

    [Fact]
    public void An_unused_class_and_an_unused_method_are_left_out()
    {
        var js = Program("""
            class Used { public static int Twice(int x) => x * 2; public static int NeverCalled() => 42; }
            class Unused { public static int Other() => 7; }
            class P { static void Main() { System.Console.WriteLine(Used.Twice(4)); } }
            """);
        Assert.Contains("class Used", js);
        Assert.Contains("static Twice(", js);
        Assert.DoesNotContain("NeverCalled", js);
        Assert.DoesNotContain("class Unused", js);
        Assert.DoesNotContain("Other", js);
    }

    [Fact]
    public void An_override_reached_only_through_a_base_class_call_is_kept()
    {
        var js = Program("""
            abstract class Animal { public abstract string Sound(); public virtual string Greet() => "I say " + Sound(); }
            class Dog : Animal { public override string Sound() => "woof"; public override string Greet() => base.Greet() + "!"; public string Fetch() => "ball"; }
            class P { static void Main() { Animal a = new Dog(); System.Console.WriteLine(a.Greet()); } }
            """);
        var dog = js[js.IndexOf("class Dog", StringComparison.Ordinal)..];
        Assert.Contains("Sound()", dog);
        Assert.Contains("Greet()", dog);
        Assert.Contains("super.Greet()", dog);
        Assert.DoesNotContain("Fetch", js);
    }

    [Fact]
    public void Interface_implementations_and_default_members_reached_through_the_interface_are_kept()
    {
        var js = Program("""
            interface IShape { double Area(); string Describe() => "area " + Area(); }
            class Square : IShape { public double Area() => 4; public double Perimeter() => 8; }
            class P { static void Main() { IShape s = new Square(); System.Console.WriteLine(s.Describe()); } }
            """);
        Assert.Contains("Area()", js[js.IndexOf("class Square", StringComparison.Ordinal)..]);
        Assert.Contains("Describe()", js[js.IndexOf("class IShape", StringComparison.Ordinal)..]);
        Assert.Contains("$implement(Square, [IShape]);", js); // the default member is copied from the interface
        Assert.DoesNotContain("Perimeter", js);
    }

    [Fact]
    public void A_member_the_runtime_calls_by_name_is_kept()
    {
        var js = Program("""
            using System.Collections.Generic;
            sealed class ByLength : IComparer<string> { public int Compare(string? a, string? b) => a!.Length - b!.Length; }
            class P { static void Main() { var l = new List<string> { "bb", "a" }; l.Sort(new ByLength()); System.Console.WriteLine(l[0]); } }
            """);
        Assert.Contains("Compare(a, b)", js);
    }

    [Fact]
    public void Record_metadata_goes_with_what_the_program_uses()
    {
        const string Records = """
            record Point(int X, int Y);
            record Unused(string Name);
            """;
        var plain = Program(Records + """
            class P { static void Main() { var p = new Point(1, 2); System.Console.WriteLine(p.X + p.Y); } }
            """);
        Assert.Contains("$record(Point", plain);
        Assert.DoesNotContain("Unused", plain);
        Assert.DoesNotContain("Deconstruct", plain);
        Assert.DoesNotContain("$IEquatable", plain); // nothing asks `is IEquatable<Point>`
        Assert.DoesNotContain("X = 0;", plain);      // the constructor sets X first: no field declaration to overwrite

        var deconstructed = Program(Records + """
            class P { static void Main() { var (x, y) = new Point(1, 2); object o = new Point(3, 4); System.Console.WriteLine(x + y + " " + (o is System.IEquatable<Point>)); } }
            """);
        Assert.Contains("Deconstruct(X, Y)", deconstructed);
        Assert.Contains("$implement(Point, [$IEquatable]);", deconstructed);
    }

    [Fact]
    public void Type_names_are_emitted_once_per_namespace_and_only_when_something_can_read_them()
    {
        const string Types = """
            namespace Shop.Model { class Item { } class Basket { public Item? First; } static class Prices { public static int Twice(int x) => x * 2; } }
            """;
        var silent = Program(Types + """
            class P { static void Main() { var b = new Shop.Model.Basket(); b.First = new Shop.Model.Item(); } }
            """);
        Assert.DoesNotContain("$types", silent);
        Assert.DoesNotContain("$name", silent);

        var named = Program(Types + """
            class P { static void Main() { var b = new Shop.Model.Basket(); System.Console.WriteLine(b.GetType().FullName + " " + new Shop.Model.Item() + Shop.Model.Prices.Twice(2)); } }
            """);
        Assert.Contains("$types(\"Shop.Model\", Item, Basket);", named); // Prices is only used for a static method: no instance, no name to ask
        Assert.Contains("Prices.Twice(2)", named);
        Assert.DoesNotContain("static $name", named);
    }

    [Fact]
    public void A_class_implementing_a_host_interface_keeps_every_member()
    {
        var js = Program("""
            [H5.External] interface ISink { void Consume(string text); }
            sealed class Sink : ISink { public void Consume(string text) { } public void Extra() { } }
            class P { static void Main() { ISink s = new Sink(); } }
            """);
        Assert.Contains("Consume(text)", js);
        Assert.Contains("Extra()", js);
    }

    // ---- the pass on hand-built modules ----------------------------------------------------------

    private static JsClassMember StaticConstant(string name) => new JsClassField(new JsIdentifier(name), new JsStringLiteral("v"), IsStatic: true);
    private static JsClassMember Method(string name, params JsStatement[] body) =>
        new JsClassMethod(new JsIdentifier(name), new JsFunction(null, [], new JsBlock(body)));
    private static JsStatement Call(JsExpression callee, params JsExpression[] args) => new JsExpressionStatement(new JsCall(callee, args));
    private static string Print(JsModule module) => string.Join("\n", module.Body.Select(global::EdgeMirror.Compiler.Printer.JsPrinter.Print));

    [Fact]
    public void Statements_that_run_at_load_are_roots_and_descriptions_of_removed_classes_go_with_them()
    {
        var module = new JsModule([], [
            new JsClassDeclaration(new JsClass("Kept", null, [StaticConstant("Label"), StaticConstant("Unread"), Method("Run", new JsReturn(new JsMember(new JsIdentifier("Kept"), "Label")))])),
            new JsClassDeclaration(new JsClass("Gone", null, [Method("Run")])),
            Call(new JsRuntimeRef("$record"), new JsIdentifier("Gone"), new JsObjectLiteral([])),
            Call(new JsMember(new JsIdentifier("Kept"), "Run")),
        ], null, null);
        var js = Print(TreeShaker.Run(module));
        Assert.Contains("class Kept", js);
        Assert.Contains("static Label = \"v\";", js);
        Assert.DoesNotContain("Unread", js);
        Assert.DoesNotContain("Gone", js);
        Assert.Contains("Kept.Run();", js);
    }

    [Fact]
    public void A_module_whose_roots_reach_everything_is_returned_unchanged_in_content()
    {
        var module = new JsModule([], [
            new JsClassDeclaration(new JsClass("A", null, [Method("Go")])),
        ], null, new JsCall(new JsMember(new JsIdentifier("A"), "Go"), []));
        var shaken = TreeShaker.Run(module);
        Assert.Equal(Print(module), Print(shaken));
    }
}
