using System.Text.Json;
using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Linker;
using EdgeMirror.Compiler.Pipeline;
using EdgeMirror.Compiler.Tests.Printer;
using static EdgeMirror.Compiler.Tests.Printer.Js;

namespace EdgeMirror.Compiler.Tests.Linker;

public sealed class ModuleLinkerTests
{
    // A small runtime of its own, so these tests do not depend on what the real one holds today.
    private static readonly RuntimeLibrary Runtime = new([
        RuntimeModule.Parse("base.mjs", "// base\nexport class $Base { static $name = \"Base\"; }\nexport function $helper(x) { return x + 1; }\n"),
        RuntimeModule.Parse("derived.mjs", "import { $Base,\n  $helper } from \"./base.mjs\";\nexport class $Derived extends $Base {\n  twice(x) { return $helper($helper(x)); }\n}\n"),
        RuntimeModule.Parse("console.mjs", "export async function $runMain(main) {\n  try { await main(); } catch (e) { console.error(\"Unhandled exception. \" + e.message); process.exitCode = 1; }\n}\n"),
        RuntimeModule.Parse("unused.mjs", "const $private = 1;\nexport { $private as $unused };\n"),
    ]);

    private static readonly SourceText[] Sources = [new("/src/Program.cs", "class Program {}\n")];

    private static LinkResult Link(JsModule module) =>
        ModuleLinker.Link(module, Sources, new CompileOptions("out.mjs", "/src/dist"), Runtime);

    [Fact]
    public void The_module_starts_with_the_compiler_header_and_ends_with_the_source_map_url()
    {
        var result = Link(new JsModule([], [Stmt(Call(Dot(Id("console"), "log"), Str("hi")))], null, null));
        Assert.StartsWith(ModuleLinker.Header + "\n", result.JavaScript);
        Assert.EndsWith("\n//# sourceMappingURL=out.mjs.map\n", result.JavaScript);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Only_used_runtime_modules_and_what_they_import_are_inlined_dependencies_first()
    {
        var result = Link(new JsModule([], [Stmt(new JsNew(new JsRuntimeRef("$Derived"), []))], null, null));
        var js = result.JavaScript;
        Assert.Contains("// ---- runtime: base.mjs ----", js);
        Assert.Contains("// ---- runtime: derived.mjs ----", js);
        Assert.DoesNotContain("unused.mjs", js);
        Assert.DoesNotContain("$runMain", js);
        Assert.True(js.IndexOf("class $Base", StringComparison.Ordinal) < js.IndexOf("class $Derived", StringComparison.Ordinal));
        Assert.DoesNotContain("import", js);
        Assert.DoesNotContain("export", js);
    }

    [Fact]
    public void User_imports_are_hoisted_above_the_runtime_and_the_program()
    {
        var result = Link(new JsModule(
            [new JsImport("./page.html", "default", "Page"), new JsImport("cloudflare:workers", "env", "env"), new JsImport("node:x", "a-b", "ab"), new JsImport("./page.html", "default", "Page")],
            [Stmt(Call(new JsRuntimeRef("$helper"), Id("Page")))], null, null));
        var lines = result.JavaScript.Split('\n');
        Assert.Equal("import Page from \"./page.html\";", lines[1]);
        Assert.Equal("import { env } from \"cloudflare:workers\";", lines[2]);
        Assert.Equal("import { \"a-b\" as ab } from \"node:x\";", lines[3]);
        Assert.Single(lines, l => l.Contains("./page.html", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_default_and_the_entry_point_close_the_module()
    {
        var worker = Obj(("fetch", Arrow(Str("ok"), "request")));
        var result = Link(new JsModule([], [], worker, Call(Dot(Id("Program"), "Main"))));
        Assert.Contains("export default { fetch: request => \"ok\" };\n", result.JavaScript);
        Assert.Contains("await $runMain(() => Program.Main());\n", result.JavaScript);
        Assert.Contains("async function $runMain(main)", result.JavaScript);
    }

    [Fact]
    public void A_runtime_name_no_module_declares_is_a_link_error_at_its_csharp_line()
    {
        var result = Link(new JsModule([], [Stmt(Call(new JsRuntimeRef("$nowhere")) with { Location = At(6, 8, "/src/Program.cs") }) with { Location = At(6, 8, "/src/Program.cs") }], null, null));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("/src/Program.cs", 7, 9, ModuleLinker.MissingRuntimeId), (error.File, error.Line, error.Column, error.Id));
        Assert.Contains("$nowhere", error.Message);
    }

    [Fact]
    public void The_source_map_names_csharp_files_relative_to_the_output_and_shifts_past_the_runtime()
    {
        var result = Link(new JsModule([], [
            Stmt(Call(new JsRuntimeRef("$helper"), Num(1)) with { Location = At(3, 4, "/src/Program.cs") }) with { Location = At(3, 4, "/src/Program.cs") },
        ], null, null));
        var map = JsonDocument.Parse(result.SourceMap).RootElement;
        Assert.Equal("out.mjs", map.GetProperty("file").GetString());
        Assert.Equal(["../Program.cs"], map.GetProperty("sources").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["class Program {}\n"], map.GetProperty("sourcesContent").EnumerateArray().Select(e => e.GetString()));

        var generatedLine = Array.IndexOf(result.JavaScript.Split('\n'), "$helper(1);");
        Assert.True(generatedLine > 3);
        var segment = Assert.Single(SourceMapDecoder.Decode(map.GetProperty("mappings").GetString()!));
        Assert.Equal((generatedLine, 0, 3, 4), (segment.GeneratedLine, segment.GeneratedColumn, segment.OriginalLine, segment.OriginalColumn));
    }

    [Fact]
    public void A_linked_module_runs_in_node_with_its_inlined_runtime()
    {
        var program = new JsStatement[]
        {
            new JsClassDeclaration(new JsClass("Program", null, [
                new JsClassMethod(Str("Main"), Function(null, Block(
                    Stmt(Call(Dot(Id("console"), "log"), Call(Dot(new JsNew(new JsRuntimeRef("$Derived"), []), "twice"), Num(40)))),
                    new JsThrow(new JsNew(Id("Error"), [Str("boom")])))), IsStatic: true),
            ])),
        };
        var result = Link(new JsModule([], program, null, Call(Dot(Id("Program"), "Main"))));
        using var temp = new TempFolder();
        var outcome = Processes.Node(temp.Write("out.mjs", result.JavaScript));
        Assert.Equal("42", outcome.StdOut.Trim());
        Assert.Equal("Unhandled exception. boom", outcome.StdErr.Trim());
        Assert.Equal(1, outcome.ExitCode);
    }
}
