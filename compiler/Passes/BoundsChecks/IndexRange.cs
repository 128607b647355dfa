namespace EdgeMirror.Compiler.Passes.BoundsChecks;

/// <summary>A bound on an index: <see cref="Offset"/> plus, when <see cref="Array"/> is set, that
/// variable's <c>length</c>.</summary>
internal readonly record struct Bound(long Offset, string? Array = null)
{
    public Bound Plus(long delta) => this with { Offset = Offset + delta };
}

/// <summary>The values an index expression can take: between <see cref="Low"/> and <see cref="High"/>, both included.</summary>
internal sealed record IndexRange(Bound Low, Bound High)
{
    public IndexRange Plus(long delta) => new(Low.Plus(delta), High.Plus(delta));

    /// <summary>Whether every value is a valid index of <paramref name="array"/>, whose length is
    /// <paramref name="knownLength"/> when the function fixes it.</summary>
    public bool IsWithin(string array, long? knownLength) =>
        Low is { Array: null, Offset: >= 0 }
        && (High.Array == array && High.Offset <= -1 || High.Array is null && knownLength is { } n && High.Offset < n);
}
