using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Pipeline;
using EdgeMirror.Compiler.Printer;

namespace EdgeMirror.Compiler.Linker;

/// <summary>The linked module, its source map, and any link errors (runtime names that do not exist).</summary>
public sealed record LinkResult(string JavaScript, string SourceMap, IReadOnlyList<CompileDiagnostic> Diagnostics);

/// <summary>Writes the one ES2022 module: header, the user's [Import]s, the runtime modules the program
/// uses (inlined, import/export stripped), the program, <c>export default</c>, the entry point call,
/// and the <c>sourceMappingURL</c> comment.</summary>
public static class ModuleLinker
{
    public const string Header = "// Compiled from C# by cs2js, EdgeMirror's C#-to-JavaScript compiler. Edit the C# sources, not this file.";
    public const string RunMain = "$runMain";
    public const string MissingRuntimeId = "CS2JS9001";

    public static LinkResult Link(JsModule module, IReadOnlyList<SourceText> sources, CompileOptions options) =>
        Link(module, sources, options, RuntimeLibrary.Embedded);

    public static LinkResult Link(JsModule module, IReadOnlyList<SourceText> sources, CompileOptions options, RuntimeLibrary runtime)
    {
        // The program first, into its own writer: printing finds the runtime names it uses.
        var program = new JsWriter();
        var printer = new JsPrinter(program, runtime.Declares);
        printer.PrintProgram(module.Body);
        if (module.ExportDefault is not null)
        {
            program.EnsureNewLine();
            program.NewLine();
            program.Map(module.ExportDefault.Location);
            program.Write("export default ");
            printer.PrintExpression(module.ExportDefault, Precedence.Assignment);
            program.Write(";");
            program.NewLine();
        }
        if (module.EntryPoint is not null)
        {
            program.EnsureNewLine();
            program.NewLine();
            program.Map(module.EntryPoint.Location);
            // The entry is either the call to make (Program.Main(args)) or already a function that makes it.
            var main = module.EntryPoint is JsArrow or JsFunctionExpression ? module.EntryPoint : new JsArrow([], module.EntryPoint);
            printer.PrintStatement(new JsExpressionStatement(new JsAwait(new JsCall(new JsRuntimeRef(RunMain), [main])))
                { Location = module.EntryPoint.Location });
        }

        var diagnostics = new List<CompileDiagnostic>();
        var used = printer.RuntimeNames.ToHashSet(StringComparer.Ordinal);
        foreach (var name in used.Where(n => !runtime.Declares(n)).Order(StringComparer.Ordinal))
        {
            var where = FirstUse(module, name);
            diagnostics.Add(new CompileDiagnostic(where?.File ?? sources.FirstOrDefault()?.Path ?? "", (where?.Line ?? 0) + 1, (where?.Column ?? 0) + 1,
                IsError: true, MissingRuntimeId, $"the JavaScript runtime has no helper named {name} (compiler bug: the lowering or BCL table uses it)"));
        }
        var missingImports = new List<string>();
        var modules = runtime.Select(used, missingImports, program.ToString());
        foreach (var missing in missingImports)
            diagnostics.Add(new CompileDiagnostic(sources.FirstOrDefault()?.Path ?? "", 1, 1, IsError: true, MissingRuntimeId, $"runtime module {missing}"));

        var output = new JsWriter();
        output.Write(Header);
        output.NewLine();
        WriteImports(output, module.Imports);
        foreach (var (runtimeModule, code) in modules)
        {
            output.NewLine();
            output.Write($"// ---- runtime: {runtimeModule.FileName} ----");
            output.NewLine();
            output.WriteVerbatim(code);
            output.EnsureNewLine();
        }
        if (modules.Count > 0)
        {
            output.NewLine();
            output.Write("// ---- program ----");
            output.NewLine();
        }
        else output.NewLine();
        output.SourceMap.Append(program.SourceMap, output.Line);
        output.WriteVerbatim(program.ToString());
        output.EnsureNewLine();
        output.Write($"//# sourceMappingURL={options.OutputFileName}.map");
        output.NewLine();

        var contents = sources.GroupBy(s => s.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        var map = output.SourceMap.ToJson(
            options.OutputFileName,
            path => SourceName(path, options.OutputDirectory),
            options.IncludeSourcesContent ? path => contents.GetValueOrDefault(path) : null);
        return new LinkResult(output.ToString(), map, diagnostics);
    }

    /// <summary><c>import X from "m"</c> for default exports, <c>import * as X</c> for "*", else
    /// <c>import { E as X }</c>; one line per distinct import, in the order first asked for.</summary>
    private static void WriteImports(JsWriter output, IReadOnlyList<JsImport> imports)
    {
        foreach (var import in imports.Distinct())
        {
            var module = JsLiterals.Quote(import.Module);
            output.Write(import.Export switch
            {
                "default" => $"import {import.Local} from {module};",
                "*" => $"import * as {import.Local} from {module};",
                var e when e == import.Local => $"import {{ {e} }} from {module};",
                var e when JsLiterals.IsIdentifierName(e) => $"import {{ {e} as {import.Local} }} from {module};",
                var e => $"import {{ {JsLiterals.Quote(e)} as {import.Local} }} from {module};",
            });
            output.NewLine();
        }
    }

    /// <summary>A C# path as the map names it: relative to the output folder when known, with '/' separators.</summary>
    private static string SourceName(string path, string? outputDirectory)
    {
        var name = outputDirectory is not null && Path.IsPathRooted(path) ? Path.GetRelativePath(outputDirectory, path) : path;
        return name.Replace('\\', '/');
    }

    /// <summary>Where a runtime name is first used, for the error message (best effort: nearest located statement).</summary>
    private static SourceLocation? FirstUse(JsModule module, string name)
    {
        foreach (var statement in module.Body)
        {
            var probe = new JsWriter();
            var printer = new JsPrinter(probe, _ => true);
            printer.PrintStatement(statement);
            if (printer.RuntimeNames.Contains(name)) return probe.SourceMap.Mappings.FirstOrDefault()?.Original ?? statement.Location;
        }
        return null;
    }
}
