using EdgeMirror.Compiler.Pipeline;

namespace EdgeMirror.Compiler.Tests.Interop;

/// <summary>Interop attributes that cannot mean anything in JavaScript are CS2JS0028 errors where they are written.
/// In each snippet <c>/*!*/</c> marks where the diagnostic must point (it is removed before compiling).</summary>
public sealed class InteropMisuseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "a template hole that names no parameter", "using H5;\nclass P {\n  [/*!*/Template(\"f({nope})\")] static extern int F(int x);\n  static void Main() { }\n}" },
        { "a spread hole on a parameter that is not params", "using H5;\nclass P {\n  [/*!*/Template(\"f({*x})\")] static extern int F(int x);\n  static void Main() { }\n}" },
        { "{this} in the template of a static method", "using H5;\nclass P {\n  [/*!*/Template(\"{this}.f()\")] static extern int F();\n  static void Main() { }\n}" },
        { "an unknown hole in an accessor's template", "using H5;\n[External] class E {\n  public extern int X { [/*!*/Template(\"{this}.x({y})\")] get; }\n}\nclass P { static void Main() { } }" },
        { "a method on an object literal", "using H5;\n[ObjectLiteral] class O {\n  public int X { get; set; }\n  public int /*!*/Twice() => X * 2;\n}\nclass P { static void Main() { } }" },
        { "a computed property on an object literal", "using H5;\n[ObjectLiteral] class O {\n  public int X { get; set; }\n  public int /*!*/Y => X + 1;\n}\nclass P { static void Main() { } }" },
        { "a constructor with parameters on an object literal", "using H5;\n[ObjectLiteral] class O {\n  public int X { get; set; }\n  public /*!*/O(int x) { X = x; }\n}\nclass P { static void Main() { } }" },
        { "a static member on an object literal", "using H5;\n[ObjectLiteral] class O {\n  public static int /*!*/Count;\n}\nclass P { static void Main() { } }" },
        { "an import with an empty module", "using H5;\n[External, /*!*/Import(\"\")] class E { }\nclass P { static void Main() { } }" },
        { "an import with an empty export name", "using H5;\nclass P {\n  [/*!*/Import(\"m\", \"\")] static extern int F();\n  static void Main() { }\n}" },
        { "an import on an instance member", "using H5;\n[External] class E {\n  [/*!*/Import(\"m\", \"f\")] public extern int F();\n}\nclass P { static void Main() { } }" },
        { "a user class named with something that is not an identifier", "using H5;\n[/*!*/Name(\"my class\")] class C { }\nclass P { static void Main() { } }" },
        { "a member named with text that is not a property name", "using H5;\nclass C {\n  [/*!*/Name(\"\")] public int X;\n}\nclass P { static void Main() { } }" },
        { "expand params without a params parameter", "using H5;\n[External] class E {\n  [/*!*/ExpandParams] public extern void F(int[] x);\n}\nclass P { static void Main() { } }" },
        { "two export default classes", "using H5;\n[ExportDefault] static class A { public static int Fetch() => 1; }\n[/*!*/ExportDefault] static class B { public static int Fetch() => 2; }" },
        { "an export default class without public static methods", "using H5;\n[/*!*/ExportDefault] static class A { static int Fetch() => 1; }" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Misused_interop_is_an_error_at_the_attribute_or_member(string what, string snippet)
    {
        var (source, line, column) = Mark(snippet);
        var result = CompilerPipeline.Compile([new SourceText("Snippet.cs", source)]);
        Assert.False(result.Success, what);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "CS2JS0028");
        Assert.Equal(("Snippet.cs", line, column, true), (diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.IsError));
        Assert.StartsWith($"Snippet.cs({line},{column}): error CS2JS0028: ", diagnostic.ToString());
    }

    [Fact]
    public void Well_formed_interop_attributes_compile_without_diagnostics()
    {
        const string source = """
            using H5;
            [External] public class E {
                [Template("{this}.f({x}, {*rest})")] public extern int F(int x, params int[] rest);
                public extern int this[int i] { [Template("{this}[{i}]")] get; [Template("{this}[{i}] = {value}")] set; }
                [Template("g({T})")] public static extern int G<T>();
                [Import("m", "h")] public static extern int H();
                [Name("class")] public extern int Class { get; }
            }
            [ObjectLiteral] public class O { public int X { get; set; } = 1; public string? Y; public O() { } }
            public static class P { static void Main() { } }
            """;
        var result = CompilerPipeline.Compile([new SourceText("Fine.cs", source)]);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    private static (string Source, int Line, int Column) Mark(string snippet)
    {
        const string marker = "/*!*/";
        var at = snippet.IndexOf(marker, StringComparison.Ordinal);
        var before = snippet[..at];
        return (snippet.Remove(at, marker.Length), before.Count(c => c == '\n') + 1, at - (before.LastIndexOf('\n') + 1) + 1);
    }
}
