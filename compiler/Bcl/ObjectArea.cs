namespace EdgeMirror.Compiler.Bcl;

/// <summary>System.Object's members, dispatched by the runtime's object protocol (Runtime/object.mjs)
/// so primitives and user classes answer alike.</summary>
public sealed class ObjectArea : IBclArea
{
    public IEnumerable<BclType> Types => [];

    public IEnumerable<BclMember> Members => Objects.Concat(HashCodeCombine());

    /// <summary>HashCode.Combine(v1 … v8): the values' own hash codes mixed (the numbers differ from .NET's,
    /// which are randomized per process anyway).</summary>
    private static IEnumerable<BclMember> HashCodeCombine() =>
        Enumerable.Range(1, 8).Select(n =>
        {
            var types = string.Join(",", Enumerable.Range(0, n).Select(i => "``" + i));
            var values = string.Join(", ", Enumerable.Range(1, n).Select(i => "{value" + i + "}"));
            return new BclMember($"M:System.HashCode.Combine``{n}({types})", $"@hashCombine([{values}])");
        });

    private static readonly BclMember[] Objects =
    [
        new("M:System.Object.ToString", "@toStringOf({this})"),
        new("M:System.Object.Equals(System.Object)", "@equalsOf({this}, {obj})"),
        new("M:System.Object.Equals(System.Object,System.Object)", "@equals({objA}, {objB})"),
        new("M:System.Object.ReferenceEquals(System.Object,System.Object)", "({objA} === {objB})"),
        new("M:System.Object.GetHashCode", "@hashCodeOf({this})"),
        new("M:System.ValueType.ToString", "@toString({this})"),
        new("M:System.ValueType.Equals(System.Object)", "@equals({this}, {obj})"),
        new("M:System.ValueType.GetHashCode", "@hashCode({this})"),
        new("M:System.Nullable.Compare``1(System.Nullable{``0},System.Nullable{``0})", "@compare({n1}, {n2})"),
        new("M:System.Nullable.Equals``1(System.Nullable{``0},System.Nullable{``0})", "@equals({n1}, {n2})"),
    ];
}
