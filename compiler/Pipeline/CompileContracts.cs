namespace EdgeMirror.Compiler.Pipeline;

/// <summary>One C# source file given to the compiler.</summary>
public sealed record SourceText(string Path, string Text);

/// <summary>A diagnostic with a 1-based position, printed the way csc prints them.</summary>
public sealed record CompileDiagnostic(string File, int Line, int Column, bool IsError, string Id, string Message)
{
    public override string ToString() =>
        $"{File}({Line},{Column}): {(IsError ? "error" : "warning")} {Id}: {Message}";
}

/// <summary>The module text and its source map, or the errors that stopped the compile.</summary>
public sealed record CompileResult(string? JavaScript, string? SourceMap, IReadOnlyList<CompileDiagnostic> Diagnostics)
{
    public bool Success => JavaScript is not null && !Diagnostics.Any(d => d.IsError);
}

/// <summary>OutputFileName is the module's own name, written into the source map's "file" and the
/// <c>//# sourceMappingURL=</c> comment. When OutputDirectory is given, the map names the C# files
/// relative to it (so tools find them next to the output); otherwise as given.
/// IncludeSourcesContent embeds the C# text in the map, for debuggers that cannot reach the files.</summary>
public sealed record CompileOptions(
    string OutputFileName = "out.mjs",
    string? OutputDirectory = null,
    bool IncludeSourcesContent = true);
