namespace EdgeMirror.Runtime.Tests.Agreement;

/// <summary>Exception classes: default messages, parameter decorations and ToString as .NET writes them.</summary>
public sealed class ExceptionAgreement
{
    private static readonly (string Runtime, Func<string?, Exception?, Exception> Create)[] Standard =
    [
        ("$Exception", (m, i) => new Exception(m, i)),
        ("$SystemException", (m, i) => new SystemException(m, i)),
        ("$ArgumentException", (m, i) => new ArgumentException(m, i)),
        ("$ArgumentNullException", (m, i) => new ArgumentNullException(m, i)),
        ("$ArgumentOutOfRangeException", (m, i) => new ArgumentOutOfRangeException(m, i)),
        ("$InvalidOperationException", (m, i) => new InvalidOperationException(m, i)),
        ("$NotSupportedException", (m, i) => new NotSupportedException(m, i)),
        ("$NotImplementedException", (m, i) => new NotImplementedException(m, i)),
        ("$FormatException", (m, i) => new FormatException(m, i)),
        ("$KeyNotFoundException", (m, i) => new KeyNotFoundException(m, i)),
        ("$IndexOutOfRangeException", (m, i) => new IndexOutOfRangeException(m, i)),
        ("$NullReferenceException", (m, i) => new NullReferenceException(m, i)),
        ("$DivideByZeroException", (m, i) => new DivideByZeroException(m, i)),
        ("$OverflowException", (m, i) => new OverflowException(m, i)),
        ("$ArithmeticException", (m, i) => new ArithmeticException(m, i)),
        ("$InvalidCastException", (m, i) => new InvalidCastException(m, i)),
        ("$OperationCanceledException", (m, i) => new OperationCanceledException(m, i)),
        ("$TaskCanceledException", (m, i) => new TaskCanceledException(m, i)),
        ("$TimeoutException", (m, i) => new TimeoutException(m, i)),
        ("$UriFormatException", (m, i) => new UriFormatException(m, i)),
        ("$ObjectDisposedException", (m, i) => new ObjectDisposedException(m, i)),
    ];

    [Fact]
    public void Every_exception_class_has_dotnets_default_message_and_text()
    {
        var cases = new CaseList();
        foreach (var (runtime, create) in Standard)
        {
            foreach (var message in new[] { null, "", "boom" })
            {
                cases.Construct(runtime, [message, null], "Message", () => create(message, null).Message);
                cases.Construct(runtime, [message, null], "toString", () => create(message, null).ToString());
            }
            cases.Construct(runtime, [null], "constructor.$fullName", () => create(null, null).GetType().FullName, runtime + " full name");
        }
        cases.Construct("$Exception", ["outer", new Inner("$InvalidOperationException", "inner")], "toString",
            () => new Exception("outer", new InvalidOperationException("inner")).ToString());
        cases.Construct("$ArgumentException", ["m", null, "p"], "Message", () => new ArgumentException("m", "p").Message);
        cases.Construct("$ArgumentException", [null, null, "p"], "Message", () => new ArgumentException(null, "p").Message);
        cases.Construct("$ArgumentNullException", [null, null, "p"], "Message", () => new ArgumentNullException("p").Message);
        cases.Construct("$ArgumentNullException", ["m", null, "p"], "toString", () => new ArgumentNullException("p", "m").ToString());
        cases.Construct("$ArgumentOutOfRangeException", [null, null, "p"], "Message", () => new ArgumentOutOfRangeException("p").Message);
        cases.Construct("$ArgumentOutOfRangeException", ["m", null, "p", "5"], "Message", () => new ArgumentOutOfRangeException("p", 5, "m").Message);
        cases.Construct("$ObjectDisposedException", [null, null, "obj"], "Message", () => new ObjectDisposedException("obj").Message);
        cases.Construct("$ObjectDisposedException", ["m", null, "obj"], "toString", () => new ObjectDisposedException("obj", "m").ToString());
        cases.Construct("$AggregateException", ["agg", new[] { new Inner("$Exception", "a"), new Inner("$Exception", "b") }], "toString",
            () => new AggregateException("agg", new Exception("a"), new Exception("b")).ToString());
        cases.Construct("$AggregateException", [null, new[] { new Inner("$Exception", "a"), new Inner("$FormatException", "b") }], "Message",
            () => new AggregateException(new Exception("a"), new FormatException("b")).Message);
        cases.Construct("$AggregateException", [null, null], "toString", () => new AggregateException().ToString());
        AgreementRunner.AssertAgrees(cases);
    }

    [Fact]
    public void Guard_helpers_throw_what_dotnet_throws()
    {
        var cases = new CaseList();
        cases.Call("$throwIfNegative", [-3, "count"], () => { ArgumentOutOfRangeException.ThrowIfNegative(-3, "count"); return null; });
        cases.Call("$throwIfNegative", [3, "count"], () => { ArgumentOutOfRangeException.ThrowIfNegative(3, "count"); return null; });
        cases.Call("$throwIfZero", [0, "n"], () => { ArgumentOutOfRangeException.ThrowIfZero(0, "n"); return null; });
        cases.Call("$throwIfNegativeOrZero", [0, "n"], () => { ArgumentOutOfRangeException.ThrowIfNegativeOrZero(0, "n"); return null; });
        cases.Call("$throwIfGreaterThan", [5, 3, "n"], () => { ArgumentOutOfRangeException.ThrowIfGreaterThan(5, 3, "n"); return null; });
        cases.Call("$throwIfLessThan", [1, 3, "n"], () => { ArgumentOutOfRangeException.ThrowIfLessThan(1, 3, "n"); return null; });
        cases.Call("$throwIfNullOrEmpty", ["", "s"], () => { ArgumentException.ThrowIfNullOrEmpty("", "s"); return null; });
        cases.Call("$throwIfNullOrEmpty", [null, "s"], () => { ArgumentException.ThrowIfNullOrEmpty(null, "s"); return null; });
        cases.Call("$throwIfNullOrWhiteSpace", [" ", "s"], () => { ArgumentException.ThrowIfNullOrWhiteSpace(" ", "s"); return null; });
        cases.Call("$ArgumentNullException.ThrowIfNull", [null, "arg"], () => { ArgumentNullException.ThrowIfNull((object?)null, "arg"); return null; });
        AgreementRunner.AssertAgrees(cases);
    }
}
