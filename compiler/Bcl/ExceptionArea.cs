namespace EdgeMirror.Compiler.Bcl;

/// <summary>The exception hierarchy (Runtime/exceptions.mjs). JS constructors take
/// (message, innerException, …extra): ArgumentException adds paramName, ArgumentOutOfRangeException
/// paramName and actualValue, ObjectDisposedException objectName.</summary>
public sealed class ExceptionArea : IBclArea
{
    private static readonly (string Type, string Runtime)[] Standard =
    [
        ("System.Exception", "$Exception"),
        ("System.SystemException", "$SystemException"),
        ("System.InvalidOperationException", "$InvalidOperationException"),
        ("System.NotSupportedException", "$NotSupportedException"),
        ("System.FormatException", "$FormatException"),
        ("System.Collections.Generic.KeyNotFoundException", "$KeyNotFoundException"),
        ("System.IndexOutOfRangeException", "$IndexOutOfRangeException"),
        ("System.NullReferenceException", "$NullReferenceException"),
        ("System.DivideByZeroException", "$DivideByZeroException"),
        ("System.OverflowException", "$OverflowException"),
        ("System.ArithmeticException", "$ArithmeticException"),
        ("System.InvalidCastException", "$InvalidCastException"),
        ("System.OperationCanceledException", "$OperationCanceledException"),
        ("System.Threading.Tasks.TaskCanceledException", "$TaskCanceledException"),
        ("System.TimeoutException", "$TimeoutException"),
    ];

    public IEnumerable<BclType> Types =>
        Standard.Select(s => new BclType("T:" + s.Type, s.Runtime)).Concat(
        [
            new BclType("T:System.ArgumentException", "$ArgumentException"),
            new BclType("T:System.ArgumentNullException", "$ArgumentNullException"),
            new BclType("T:System.ArgumentOutOfRangeException", "$ArgumentOutOfRangeException"),
            new BclType("T:System.NotImplementedException", "$NotImplementedException"),
            new BclType("T:System.AggregateException", "$AggregateException"),
            new BclType("T:System.ObjectDisposedException", "$ObjectDisposedException"),
            new BclType("T:System.UriFormatException", "$UriFormatException"),
            new BclType("T:System.TypeInitializationException", "$TypeInitializationException"),
        ]);

    public IEnumerable<BclMember> Members => StandardConstructors().Concat(Special()).Concat(ExceptionMembers());

    private static IEnumerable<BclMember> StandardConstructors()
    {
        foreach (var (type, runtime) in Standard)
        {
            var at = "@" + runtime[1..];
            yield return new($"M:{type}.#ctor", $"new {at}()");
            yield return new($"M:{type}.#ctor(System.String)", $"new {at}({{message}})");
            yield return new($"M:{type}.#ctor(System.String,System.Exception)", $"new {at}({{message}}, {{innerException}})");
        }
    }

    private static IEnumerable<BclMember> Special() =>
    [
        new("M:System.ArgumentException.#ctor", "new @ArgumentException()"),
        new("M:System.ArgumentException.#ctor(System.String)", "new @ArgumentException({message})"),
        new("M:System.ArgumentException.#ctor(System.String,System.Exception)", "new @ArgumentException({message}, {innerException})"),
        new("M:System.ArgumentException.#ctor(System.String,System.String)", "new @ArgumentException({message}, null, {paramName})"),
        new("M:System.ArgumentException.#ctor(System.String,System.String,System.Exception)", "new @ArgumentException({message}, {innerException}, {paramName})"),
        new("M:System.ArgumentException.get_ParamName", "{this}.ParamName"),
        new("M:System.ArgumentException.get_Message", "{this}.Message"),
        new("M:System.ArgumentException.ThrowIfNullOrEmpty(System.String,System.String)", "@throwIfNullOrEmpty({argument}, {paramName})"),
        new("M:System.ArgumentException.ThrowIfNullOrWhiteSpace(System.String,System.String)", "@throwIfNullOrWhiteSpace({argument}, {paramName})"),

        new("M:System.ArgumentNullException.#ctor", "new @ArgumentNullException()"),
        new("M:System.ArgumentNullException.#ctor(System.String)", "new @ArgumentNullException(null, null, {paramName})"),
        new("M:System.ArgumentNullException.#ctor(System.String,System.Exception)", "new @ArgumentNullException({message}, {innerException})"),
        new("M:System.ArgumentNullException.#ctor(System.String,System.String)", "new @ArgumentNullException({message}, null, {paramName})"),
        new("M:System.ArgumentNullException.ThrowIfNull(System.Object,System.String)", "@ArgumentNullException.ThrowIfNull({argument}, {paramName})"),

        new("M:System.ArgumentOutOfRangeException.#ctor", "new @ArgumentOutOfRangeException()"),
        new("M:System.ArgumentOutOfRangeException.#ctor(System.String)", "new @ArgumentOutOfRangeException(null, null, {paramName})"),
        new("M:System.ArgumentOutOfRangeException.#ctor(System.String,System.Exception)", "new @ArgumentOutOfRangeException({message}, {innerException})"),
        new("M:System.ArgumentOutOfRangeException.#ctor(System.String,System.String)", "new @ArgumentOutOfRangeException({message}, null, {paramName})"),
        new("M:System.ArgumentOutOfRangeException.#ctor(System.String,System.Object,System.String)", "new @ArgumentOutOfRangeException({message}, null, {paramName}, {actualValue})"),
        new("M:System.ArgumentOutOfRangeException.get_ActualValue", "{this}.ActualValue"),
        new("M:System.ArgumentOutOfRangeException.get_Message", "{this}.Message"),
        new("M:System.ArgumentOutOfRangeException.ThrowIfNegative``1(``0,System.String)", "@throwIfNegative({value}, {paramName})"),
        new("M:System.ArgumentOutOfRangeException.ThrowIfZero``1(``0,System.String)", "@throwIfZero({value}, {paramName})"),
        new("M:System.ArgumentOutOfRangeException.ThrowIfNegativeOrZero``1(``0,System.String)", "@throwIfNegativeOrZero({value}, {paramName})"),
        new("M:System.ArgumentOutOfRangeException.ThrowIfGreaterThan``1(``0,``0,System.String)", "@throwIfGreaterThan({value}, {other}, {paramName})"),
        new("M:System.ArgumentOutOfRangeException.ThrowIfLessThan``1(``0,``0,System.String)", "@throwIfLessThan({value}, {other}, {paramName})"),

        new("M:System.NotImplementedException.#ctor", "new @NotImplementedException()"),
        new("M:System.NotImplementedException.#ctor(System.String)", "new @NotImplementedException({message})"),
        new("M:System.NotImplementedException.#ctor(System.String,System.Exception)", "new @NotImplementedException({message}, {inner})"),

        new("M:System.UriFormatException.#ctor", "new @UriFormatException()"),
        new("M:System.UriFormatException.#ctor(System.String)", "new @UriFormatException({textString})"),
        new("M:System.UriFormatException.#ctor(System.String,System.Exception)", "new @UriFormatException({textString}, {e})"),

        new("M:System.ObjectDisposedException.#ctor(System.String)", "new @ObjectDisposedException(null, null, {objectName})"),
        new("M:System.ObjectDisposedException.#ctor(System.String,System.String)", "new @ObjectDisposedException({message}, null, {objectName})"),
        new("M:System.ObjectDisposedException.#ctor(System.String,System.Exception)", "new @ObjectDisposedException({message}, {innerException})"),
        new("M:System.ObjectDisposedException.get_ObjectName", "{this}.ObjectName"),
        new("M:System.ObjectDisposedException.get_Message", "{this}.Message"),
        new("M:System.ObjectDisposedException.ThrowIf(System.Boolean,System.Object)", "@throwIfDisposed({condition}, {instance})"),

        new("M:System.AggregateException.#ctor", "new @AggregateException()"),
        new("M:System.AggregateException.#ctor(System.String)", "new @AggregateException({message})"),
        new("M:System.AggregateException.#ctor(System.String,System.Exception)", "new @AggregateException({message}, [{innerException}])"),
        new("M:System.AggregateException.#ctor(System.Collections.Generic.IEnumerable{System.Exception})", "new @AggregateException(null, {innerExceptions})"),
        new("M:System.AggregateException.#ctor(System.Exception[])", "new @AggregateException(null, {innerExceptions})"),
        new("M:System.AggregateException.#ctor(System.String,System.Collections.Generic.IEnumerable{System.Exception})", "new @AggregateException({message}, {innerExceptions})"),
        new("M:System.AggregateException.#ctor(System.String,System.Exception[])", "new @AggregateException({message}, {innerExceptions})"),
        new("M:System.AggregateException.get_InnerExceptions", "{this}.InnerExceptions"),
        new("M:System.AggregateException.get_Message", "{this}.Message"),
        new("M:System.AggregateException.Flatten", "{this}.Flatten()"),
        new("M:System.AggregateException.GetBaseException", "{this}.GetBaseException()"),
        new("M:System.AggregateException.ToString", "{this}.toString()"),
    ];

    private static IEnumerable<BclMember> ExceptionMembers() =>
    [
        new("M:System.Exception.get_Message", "{this}.Message"),
        new("M:System.Exception.get_InnerException", "{this}.InnerException"),
        new("M:System.Exception.get_StackTrace", "{this}.StackTrace"),
        new("M:System.Exception.get_Source", "{this}.Source"),
        new("M:System.Exception.get_HResult", "{this}.HResult"),
        new("M:System.Exception.GetBaseException", "{this}.GetBaseException()"),
        new("M:System.Exception.ToString", "{this}.toString()"),
    ];
}
