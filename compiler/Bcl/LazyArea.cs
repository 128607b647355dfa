namespace EdgeMirror.Compiler.Bcl;

/// <summary>System.Lazy&lt;T&gt; from a value factory (Runtime/lazy.mjs); the parameterless constructor would
/// need Activator.CreateInstance and stays unsupported.</summary>
public sealed class LazyArea : IBclArea
{
    private const string L = "System.Lazy`1";

    public IEnumerable<BclType> Types => [new("T:" + L, "$Lazy")];

    public IEnumerable<BclMember> Members =>
    [
        new($"M:{L}.#ctor(System.Func{{`0}})", "new @Lazy({valueFactory})"),
        new($"M:{L}.#ctor(System.Func{{`0}},System.Boolean)", "new @Lazy({valueFactory})"),
        new($"M:{L}.get_Value", "{this}.Value"),
        new($"M:{L}.get_IsValueCreated", "{this}.IsValueCreated"),
        new($"M:{L}.ToString", "{this}.ToString()"),
    ];
}
