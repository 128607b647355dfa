using EdgeMirror.Compiler.Pipeline;

namespace EdgeMirror.Compiler.Tests.Pipeline;

/// <summary>Each construct outside the subset gives its CS2JS diagnostic at its C# position. In each
/// snippet, <c>/*!*/</c> marks where the diagnostic must point (it is removed before compiling).</summary>
public sealed class ExpectedErrorTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "CS2JS0003", "class P { static void Main() { System.Span<int> a = /*!*/stackalloc int[4]; } }" },
        { "CS2JS0005", "class P {\n  /*!*/public event System.Action? Changed;\n  static void Main() { }\n}" },
        { "CS2JS0006", "class P {\n  /*!*/~P() { }\n  static void Main() { }\n}" },
        { "CS2JS0011", "class P { static void Main() {\n  /*!*/decimal d = 1;\n} }" },
        { "CS2JS0026", "/*!*/ref struct S { }\nclass P { static void Main() { } }" },
        { "CS2JS0008", "class P {\n  static void Main() {\n    var t = /*!*/System.IO.File.ReadAllText(\"x\");\n  }\n}" },
        { "CS2JS0008", "class P {\n  static void Main() {\n    var watch = /*!*/new System.Diagnostics.Stopwatch();\n  }\n}" },
        { "CS2JS0008", "class P {\n  static void Main() {\n    var e = System.Text.Json.JsonDocument.Parse(\"1\").RootElement;\n    var g = /*!*/e.GetGuid();\n  }\n}" },
        { "CS2JS0008", "class P {\n  static void Main() {\n    var o = /*!*/new System.Text.Json.JsonDocumentOptions();\n  }\n}" },
        { "CS2JS0008", "class P {\n  static void Main() {\n    var s = /*!*/System.Text.Json.JsonSerializer.Serialize(1);\n  }\n}" },
        { "CS2JS0012", "using System;\nclass P {\n  static void Main() {\n    Action a = () => {};\n    Action b = () => {};\n    /*!*/a += b;\n  }\n}" },
        { "CS2JS0019", "class P {\n  static void Main() {\n    string js = \"1+1\";\n    var x = /*!*/H5.Script.Write<int>(js);\n  }\n}" },
        { "CS2JS0021", "using System.Collections.Generic;\nclass P {\n  static void Main() { }\n  /*!*/static async IAsyncEnumerable<int> Numbers() { await System.Threading.Tasks.Task.Yield(); yield return 1; }\n}" },
        { "CS2JS0027", "class Cache<T> {\n  public static int /*!*/Hits;\n}\nclass P { static void Main() { Cache<int>.Hits++; } }" },
        { "CS2JS0027", "using System.Collections.Generic;\nclass Cache<T> {\n  public static readonly List<T> /*!*/Items = new();\n}\nclass P { static void Main() { } }" },
        { "CS2JS0027", "class Outer<T> {\n  public class Inner {\n    /*!*/public static string Name { get; set; } = \"x\";\n  }\n}\nclass P { static void Main() { } }" },
        { "CS2JS0027", "class Registry<T> {\n  /*!*/static Registry() { System.Console.WriteLine(\"once per T\"); }\n}\nclass P { static void Main() { } }" },
        { "CS2JS0027", "class Fmt<T> {\n  public static string Show(T v) => \"<\" + v + \">\";\n}\nclass P { static void Main() {\n  System.Console.WriteLine(/*!*/Fmt<char>.Show('x'));\n} }" },
        { "CS2JS0015", "interface IA { string Name(); }\ninterface IB { string Name(); }\nclass Both : IA, IB {\n  string IA.Name() => \"a\";\n  /*!*/string IB.Name() => \"b\";\n}\nclass P { static void Main() { } }" },
        { "CS2JS0018", "class P {\n  static void Main() {\n    dynamic d = 5;\n    /*!*/System.Console.WriteLine(d);\n  }\n}" },
        { "CS2JS0029", "using System.Text.RegularExpressions;\nclass P {\n  static void Main() {\n    System.Console.WriteLine(Regex.Replace(\"education\", /*!*/\"[a-z-[aeiou]]\", \"*\"));\n  }\n}" },
        { "CS2JS0029", "using System.Text.RegularExpressions;\nclass P {\n  static void Main() {\n    var r = new Regex(/*!*/@\"\\G\\d\");\n  }\n}" },
        { "CS2JS0029", "using System.Text.RegularExpressions;\nclass P {\n  static void Main() {\n    var ok = Regex.IsMatch(\"(a)\", /*!*/@\"^(?:\\((?<d>)|\\)(?<-d>)|[^()])*$\");\n  }\n}" },
        { "CS2JS0029", "using System.Text.RegularExpressions;\nclass P {\n  static void Main() {\n    var m = Regex.Matches(\"1-22\", @\"\\d+\", /*!*/RegexOptions.RightToLeft);\n  }\n}" },
        { "CS2JS0029", "using System.Text.RegularExpressions;\nclass P {\n  static void Main() {\n    var r = new Regex(/*!*/@\"(?<w>\\w+) (?<w>\\w+)\");\n  }\n}" },
        // a member of a BCL type the runtime implements as a class, but not this member: an error, not undefined
        { "CS2JS0008", "using System.Text.RegularExpressions;\nclass P {\n  static void Main() {\n    var m = Regex.Match(\"abab\", \"(ab)+\");\n    var captures = /*!*/m.Groups[1].Captures;\n  }\n}" },
        { "CS2JS0008", "class P {\n  static void Main() {\n    var e = new System.Exception(\"x\");\n    System.Console.WriteLine(/*!*/e.TargetSite);\n  }\n}" },
        { "CS2JS0008", "using System.Threading;\nclass P {\n  static int n;\n  static void Main() {\n    /*!*/Interlocked.Increment(ref n);\n  }\n}" },
        { "CS2JS0008", "class P {\n  public int X { get; set; }\n  static void Main() {\n    var props = /*!*/typeof(P).GetProperties();\n  }\n}" },
        { "CS2JS0008", "class P {\n  static void Main() {\n    var r = /*!*/new System.Random(42);\n  }\n}" },
        { "CS2JS0015", "class P {\n  static void Main() {\n    var grid = /*!*/new int[2, 3];\n  }\n}" },
        { "CS2JS0015", "interface IShape { static abstract string Kind { get; } }\nclass Sq : IShape { public static string Kind => \"square\"; }\nclass P {\n  static string Describe<T>() where T : IShape => /*!*/T.Kind;\n  static void Main() { System.Console.WriteLine(Describe<Sq>()); }\n}" },
        { "CS2JS0015", "interface IAdd<T> where T : IAdd<T> { static abstract T operator +(T a, T b); }\nrecord struct V(int X) : IAdd<V> { public static V operator +(V a, V b) => new(a.X + b.X); }\nclass P {\n  static T Twice<T>(T x) where T : IAdd<T> => /*!*/x + x;\n  static void Main() { System.Console.WriteLine(Twice(new V(1))); }\n}" },
        { "CS2JS0015", "class Pair<K> {\n  public class Nested { public string D() => /*!*/typeof(K).Name; }\n}\nclass P { static void Main() { System.Console.WriteLine(new Pair<int>.Nested().D()); } }" },
        { "CS2JS0015", "static class Ext {\n  /*!*/extension(string s) {\n    public string Twice() => s + s;\n  }\n}\nclass P { static void Main() { } }" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_unsupported_construct_is_an_error_at_its_line_and_column(string id, string snippet)
    {
        var (source, line, column) = Mark(snippet);
        var result = CompilerPipeline.Compile([new SourceText("Snippet.cs", source)]);
        Assert.False(result.Success);
        Assert.Null(result.JavaScript);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == id);
        Assert.Equal(("Snippet.cs", line, column, true), (diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.IsError));
        Assert.StartsWith($"Snippet.cs({line},{column}): error {id}: ", diagnostic.ToString());
    }

    [Fact]
    public void Unsafe_code_stops_at_the_csharp_front_end_with_csc_s_own_error()
    {
        var (source, line, column) = Mark("class P { static void Main() { /*!*/unsafe { } } }");
        var result = CompilerPipeline.Compile([new SourceText("Snippet.cs", source)]);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("CS0227", line, column), (error.Id, error.Line, error.Column));
    }

    [Fact]
    public void A_csharp_error_is_reported_as_csc_reports_it_and_stops_the_compile()
    {
        var (source, line, column) = Mark("class P {\n  static void Main() {\n    int x = /*!*/\"text\";\n  }\n}");
        var result = CompilerPipeline.Compile([new SourceText("Bad.cs", source)]);
        Assert.Null(result.JavaScript);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("Bad.cs", line, column, "CS0029"), (error.File, error.Line, error.Column, error.Id));
    }

    [Fact]
    public void The_cli_prints_errors_in_csc_form_and_exits_with_1()
    {
        using var temp = new TempFolder();
        var file = temp.Write("Bad.cs", "class P {\n  static void Main() {\n    decimal d = 1;\n  }\n}");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run([file, "-o", Path.Combine(temp.Path, "out.mjs")], stdout, stderr);
        Assert.Equal(1, exit);
        Assert.StartsWith($"{file}(3,5): error CS2JS0011: ", stderr.ToString());
        Assert.False(File.Exists(Path.Combine(temp.Path, "out.mjs")));
    }

    private static (string Source, int Line, int Column) Mark(string snippet)
    {
        const string marker = "/*!*/";
        var at = snippet.IndexOf(marker, StringComparison.Ordinal);
        var before = snippet[..at];
        var line = before.Count(c => c == '\n') + 1;
        var column = at - (before.LastIndexOf('\n') + 1) + 1;
        return (snippet.Remove(at, marker.Length), line, column);
    }
}
