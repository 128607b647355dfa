namespace EdgeMirror.Compiler.JsAst;

/// <summary>Root of the small JavaScript AST the lowering produces and the printer prints.
/// Nodes are immutable; <see cref="Location"/> is the C# origin used for source maps.</summary>
public abstract record JsNode
{
    public SourceLocation? Location { get; init; }
}
