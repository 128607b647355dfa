namespace EdgeMirror.Compiler.JsAst;

/// <summary>Where a JS node came from in C# (0-based line and column), for the source map.</summary>
public sealed record SourceLocation(string File, int Line, int Column);
