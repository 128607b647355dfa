using EdgeMirror.Compiler.Pipeline;

namespace EdgeMirror.Compiler.Tests.Linker;

/// <summary>A program on the common path links only the runtime that path runs: the rare branches of a
/// runtime area (WhenAll, [Flags] naming, NumberStyles checks, culture-aware search) come with the calls
/// that need them. Each program is also run, so the slimmer runtime still does the work.</summary>
public sealed class CommonPathRuntimeTests
{
    private static string Compile(string main, string extra = "")
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.Threading.Tasks;

            {{extra}}

            public static class Program
            {
                {{main}}
            }
            """;
        var result = CompilerPipeline.Compile([new SourceText("/src/Program.cs", source)], new CompileOptions("out.mjs", "/src/dist"));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.JavaScript!;
    }

    private static string Run(string js)
    {
        using var temp = new TempFolder();
        var outcome = Processes.Node(temp.Write("out.mjs", js));
        Assert.Equal("", outcome.StdErr);
        return outcome.StdOut;
    }

    [Fact]
    public void Awaiting_finished_tasks_links_no_WhenAll_WhenAny_or_Delay()
    {
        var js = Compile("""
            static Task<int> Answer() => Task.FromResult(42);
            public static async Task Main()
            {
                await Task.CompletedTask;
                Console.WriteLine(await Answer());
            }
            """);
        Assert.Equal("42\n", Run(js));
        Assert.Contains("static FromResult(", js);
        Assert.DoesNotContain("WhenAll", js);
        Assert.DoesNotContain("WhenAny", js);
        Assert.DoesNotContain("Delay(", js);
        Assert.DoesNotContain("$whenAllSettled", js);
    }

    [Fact]
    public void Catching_a_library_exception_is_an_instanceof_test_without_the_general_type_test()
    {
        var js = Compile("""
            public static void Main()
            {
                foreach (var text in new[] { "7", "x" })
                {
                    try { Console.WriteLine(int.Parse(text, CultureInfo.InvariantCulture)); }
                    catch (FormatException e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
                }
            }
            """);
        Assert.Equal("7\nSystem.FormatException: The input string 'x' was not in a correct format.\n", Run(js));
        Assert.Contains("instanceof $FormatException", js);
        Assert.DoesNotContain("function $is(", js);
        Assert.DoesNotContain("static $name = \"FormatException\"", js); // the name comes from the class's own
    }

    [Fact]
    public void Only_a_flags_enum_links_the_naming_of_flag_combinations()
    {
        const string enums = """
            enum Color { Red, Green }
            [Flags] enum Access { None = 0, Read = 1, Write = 2 }
            """;
        var plain = Compile("public static void Main() { Console.WriteLine(Color.Green + \" \" + (Color)5); }", enums);
        Assert.Equal("Green 5\n", Run(plain));
        Assert.DoesNotContain("$enumFlagNames", plain);

        var flags = Compile("public static void Main() { Console.WriteLine((Access.Read | Access.Write) + \" \" + (Access)8); }", enums);
        Assert.Equal("Read, Write 8\n", Run(flags));
        Assert.Contains("$flagsEnumType(\"Access\"", flags);
        Assert.Contains("function $enumFlagNames(", flags);
    }

    [Fact]
    public void Parsing_without_NumberStyles_links_no_styles_check()
    {
        var js = Compile("""
            public static void Main()
            {
                Console.WriteLine(double.Parse("1,234.5", CultureInfo.InvariantCulture) + " " + (int.TryParse("12", out var n) ? n : -1));
                Console.WriteLine(double.TryParse("x", out var d) + " " + d);
            }
            """);
        Assert.Equal("1234.5 12\nFalse 0\n", Run(js));
        Assert.DoesNotContain("$doubleTextAllowed", js);
        Assert.DoesNotContain("an Int32", js); // overflow messages belong to Parse, not TryParse

        var styled = Compile("""
            public static void Main() =>
                Console.WriteLine(double.TryParse("1,5", NumberStyles.Float, CultureInfo.InvariantCulture, out var d) + " " + d);
            """);
        Assert.Equal("False 0\n", Run(styled));
        Assert.Contains("function $doubleTextAllowed(", styled);
    }

    [Fact]
    public void Ordinal_prefix_tests_and_splits_on_constants_link_no_string_search_helpers()
    {
        var js = Compile("""
            public static void Main()
            {
                var path = "/v2/library/alpine/manifests/latest";
                if (path.StartsWith("/v2/", StringComparison.Ordinal) && !path.EndsWith('/'))
                    Console.WriteLine(string.Join("|", path.Split('/')) + " " + path.IndexOf(':') + " " + path.LastIndexOf('/'));
            }
            """);
        Assert.Equal("|v2|library|alpine|manifests|latest -1 28\n", Run(js));
        Assert.Contains("path.startsWith(\"/v2/\")", js);
        Assert.Contains("path.split(\"/\")", js);
        Assert.DoesNotContain("function $split(", js);
        Assert.DoesNotContain("function $startsWithOrdinal(", js);
        Assert.DoesNotContain("$cultureSearch", js);
    }
}
