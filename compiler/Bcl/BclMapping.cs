namespace EdgeMirror.Compiler.Bcl;

/// <summary>A BCL method, constructor or property accessor (by documentation-comment id of its
/// original definition) and the JS template it is emitted as (see compiler/README.md).</summary>
public sealed record BclMember(string Id, string Template);

/// <summary>A BCL type (documentation-comment id, e.g. <c>T:System.Exception</c>) and the runtime
/// class that stands for it (e.g. <c>$Exception</c>).</summary>
public sealed record BclType(string Id, string RuntimeName);

/// <summary>One area of the BCL table (strings, collections…). Every implementation in this
/// assembly is found by <see cref="BclTable"/>, so areas are added without touching a shared list.</summary>
public interface IBclArea
{
    IEnumerable<BclMember> Members { get; }
    IEnumerable<BclType> Types { get; }
}
