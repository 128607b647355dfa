using System.Text.Json;
using EdgeMirror.Compiler.Linker;
using EdgeMirror.Compiler.Pipeline;
using EdgeMirror.Compiler.Tests.Printer;

namespace EdgeMirror.Compiler.Tests.Pipeline;

/// <summary>Golden checks of what the whole pipeline writes for small C# programs.</summary>
public sealed class OutputShapeTests
{
    private const string Hello = """
        using System;

        public static class Program
        {
            public static void Main()
            {
                Console.WriteLine("marker-7");
                var total = 0;
                for (var i = 1; i <= 4; i++)
                    total += i;
                Console.WriteLine(total);
            }
        }
        """;

    // Compiled once for the tests that only read the result.
    private static readonly Lazy<CompileResult> HelloCompiled = new(() => Compile(Hello));

    private static CompileResult Compile(string source, string file = "/src/Program.cs") =>
        CompilerPipeline.Compile([new SourceText(file, source)], new CompileOptions("out.mjs", "/src/dist"));

    [Fact]
    public void A_program_with_main_compiles_to_a_module_that_node_runs()
    {
        var result = HelloCompiled.Value;
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var js = result.JavaScript!;
        Assert.StartsWith(ModuleLinker.Header + "\n", js);
        Assert.Contains("\nawait $runMain(() => ", js);
        Assert.EndsWith("//# sourceMappingURL=out.mjs.map\n", js);
        Assert.DoesNotContain("eval(", js);
        Assert.DoesNotContain("new Function", js);
        Assert.DoesNotContain("export default", js);

        using var temp = new TempFolder();
        var outcome = Processes.Node(temp.Write("out.mjs", js));
        Assert.Equal("", outcome.StdErr);
        Assert.Equal("marker-7\n10\n", outcome.StdOut);
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public void The_source_map_points_generated_lines_back_to_their_csharp_lines()
    {
        var result = HelloCompiled.Value;
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var map = JsonDocument.Parse(result.SourceMap!).RootElement;
        Assert.Equal(3, map.GetProperty("version").GetInt32());
        Assert.Equal("out.mjs", map.GetProperty("file").GetString());
        var sources = map.GetProperty("sources").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("../Program.cs", sources);
        var programIndex = sources.IndexOf("../Program.cs");

        var lines = result.JavaScript!.Split('\n');
        var segments = SourceMapDecoder.Decode(map.GetProperty("mappings").GetString()!);
        var csLines = Hello.Split('\n');
        // The generated line printing the marker maps to the C# line holding it (0-based 6).
        var markerLine = Array.FindIndex(lines, l => l.Contains("\"marker-7\"", StringComparison.Ordinal));
        Assert.True(markerLine >= 0);
        var onMarker = segments.Where(s => s.GeneratedLine == markerLine && s.Source == programIndex).ToList();
        Assert.NotEmpty(onMarker);
        Assert.All(onMarker, s => Assert.Contains("marker-7", csLines[s.OriginalLine]));
        // And every mapping lands inside the C# file.
        Assert.All(segments.Where(s => s.Source == programIndex), s =>
        {
            Assert.InRange(s.OriginalLine, 0, csLines.Length - 1);
            Assert.InRange(s.OriginalColumn, 0, csLines[s.OriginalLine].Length);
        });
    }

    [Fact]
    public void Nodes_own_source_map_reader_finds_the_csharp_line_of_the_marker()
    {
        var result = HelloCompiled.Value;
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var lines = result.JavaScript!.Split('\n');
        var markerLine = Array.FindIndex(lines, l => l.Contains("\"marker-7\"", StringComparison.Ordinal));
        var column = lines[markerLine].IndexOf("\"marker-7\"", StringComparison.Ordinal);
        using var temp = new TempFolder();
        temp.Write("out.mjs.map", result.SourceMap!);
        var probe = temp.Write("probe.mjs", $$"""
            import { SourceMap } from "node:module";
            import { readFileSync } from "node:fs";
            const map = new SourceMap(JSON.parse(readFileSync(new URL("./out.mjs.map", import.meta.url), "utf8")));
            const entry = map.findEntry({{markerLine}}, {{column}});
            console.log(entry.originalSource + ":" + entry.originalLine);
            """);
        var outcome = Processes.Node(probe);
        Assert.Equal("", outcome.StdErr);
        var csLine = Array.FindIndex(Hello.Split('\n'), l => l.Contains("marker-7", StringComparison.Ordinal));
        Assert.Equal($"../Program.cs:{csLine}", outcome.StdOut.Trim());
    }

    [Fact]
    public void Only_the_runtime_modules_a_program_uses_are_inlined()
    {
        var plain = HelloCompiled.Value.JavaScript!;
        var withList = Compile("""
            using System;
            using System.Collections.Generic;
            public static class Program
            {
                public static void Main()
                {
                    var list = new List<int> { 3, 1, 2 };
                    list.Sort();
                    Console.WriteLine(string.Join(",", list));
                }
            }
            """).JavaScript!;
        static IReadOnlyList<string> Inlined(string js) =>
            js.Split('\n').Where(l => l.StartsWith("// ---- runtime: ", StringComparison.Ordinal)).Select(l => l[17..^5]).ToList();

        Assert.Contains("console.mjs", Inlined(plain));
        Assert.DoesNotContain("collections.mjs", Inlined(plain));
        Assert.DoesNotContain("linq.mjs", Inlined(plain));
        Assert.Contains("collections.mjs", Inlined(withList));
        Assert.True(plain.Length < withList.Length);
        Assert.True(Inlined(plain).Count < RuntimeLibrary.Embedded.Modules.Count);
    }

    [Fact]
    public void An_export_default_class_becomes_the_modules_default_export()
    {
        var result = Compile("""
            using H5;
            [ExportDefault]
            public static class Worker
            {
                public static string Greet(string name) => "hello " + name;
            }
            """);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Contains("\nexport default ", result.JavaScript);
        Assert.DoesNotContain("$runMain(", result.JavaScript);

        using var temp = new TempFolder();
        temp.Write("out.mjs", result.JavaScript!);
        var outcome = Processes.Node(temp.Write("main.mjs", "import w from \"./out.mjs\";\nconsole.log(w.Greet(\"edge\"));\n"));
        Assert.Equal("", outcome.StdErr);
        Assert.Equal("hello edge", outcome.StdOut.Trim());
    }

    [Fact]
    public void The_cli_writes_the_module_and_its_map_next_to_each_other()
    {
        using var temp = new TempFolder();
        var file = temp.Write("Program.cs", Hello);
        var output = Path.Combine(temp.Path, "dist", "app.mjs");
        var stderr = new StringWriter();
        var exit = CommandLine.Run([file, "-o", output], new StringWriter(), stderr);
        Assert.True(exit == 0, stderr.ToString());
        Assert.EndsWith("//# sourceMappingURL=app.mjs.map\n", File.ReadAllText(output));
        var map = JsonDocument.Parse(File.ReadAllText(output + ".map")).RootElement;
        Assert.Contains("../Program.cs", map.GetProperty("sources").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("marker-7\n10\n", Processes.Node(output).StdOut);
    }

    [Fact]
    public void A_project_file_compiles_all_its_sources()
    {
        using var temp = new TempFolder();
        var project = temp.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>");
        temp.Write("App/Program.cs", "public static class Program { public static void Main() => System.Console.WriteLine(Texts.Greeting); }");
        temp.Write("App/Texts/Texts.cs", "public static class Texts { public const string Greeting = \"from two files\"; }");
        var result = CompilerPipeline.CompileProject(project);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal("from two files", Processes.Node(temp.Write("out.mjs", result.JavaScript!)).StdOut.Trim());
    }
}
