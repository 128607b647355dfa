namespace EdgeMirror.Compiler.Bcl;

/// <summary>System.Object's members, dispatched by the runtime's object protocol (Runtime/object.mjs)
/// so primitives and user classes answer alike.</summary>
public sealed class ObjectArea : IBclArea
{
    public IEnumerable<BclType> Types => [];

    public IEnumerable<BclMember> Members =>
    [
        new("M:System.Object.ToString", "@toStringOf({this})"),
        new("M:System.Object.Equals(System.Object)", "@equalsOf({this}, {obj})"),
        new("M:System.Object.Equals(System.Object,System.Object)", "@equals({objA}, {objB})"),
        new("M:System.Object.ReferenceEquals(System.Object,System.Object)", "({objA} === {objB})"),
        new("M:System.Object.GetHashCode", "@hashCodeOf({this})"),
        new("M:System.ValueType.ToString", "@toString({this})"),
        new("M:System.ValueType.Equals(System.Object)", "@equals({this}, {obj})"),
        new("M:System.ValueType.GetHashCode", "@hashCode({this})"),
    ];
}
