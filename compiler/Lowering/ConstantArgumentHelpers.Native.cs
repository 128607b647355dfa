using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Ordinal searches and splits whose constant arguments leave nothing for the runtime to check are
/// JavaScript's own string methods: <c>s.StartsWith("/", Ordinal)</c> is <c>s.startsWith("/")</c>,
/// <c>s.IndexOf(':')</c> is <c>s.indexOf(":")</c>, <c>s.Split('/')</c> is <c>s.split("/")</c>. The separator
/// or value is a char constant or a non-empty string constant (so no ArgumentNullException to raise and
/// no empty-string rule to mirror), with no start index, count or options; a null receiver throws a
/// TypeError, which a catch sees as the NullReferenceException the runtime helper throws.</summary>
internal static partial class ConstantArgumentHelpers
{
    /// <summary>The runtime helpers that may become a JS string method, and that method.</summary>
    private static readonly Dictionary<string, string> NativeStringMethods = new(StringComparer.Ordinal)
    {
        ["$indexOfOrdinal"] = "indexOf",
        ["$lastIndexOfOrdinal"] = "lastIndexOf",
        ["$startsWithOrdinal"] = "startsWith",
        ["$endsWithOrdinal"] = "endsWith",
        ["$split"] = "split",
    };

    private static JsExpression NarrowToNative(JsExpression call)
    {
        if (call is not JsCall { Callee: JsRuntimeRef { Name: var helper }, Arguments: { Count: >= 2 } args }
            || !NativeStringMethods.TryGetValue(helper, out var method)
            || ConstantText(args[1]) is not { } text
            || !RestIsDefault(helper, args.Skip(2).ToList()))
            return call;
        return new JsCall(new JsMember(args[0], method), [new JsStringLiteral(text)]);
    }

    /// <summary>A char constant (the lowering's number) as a one-character string, or a non-empty string constant.</summary>
    private static string? ConstantText(JsExpression argument) => argument switch
    {
        JsNumberLiteral { Value: >= 0 and <= char.MaxValue } c when c.Value == Math.Floor(c.Value) => ((char)c.Value).ToString(),
        JsStringLiteral { Value.Length: > 0 } s => s.Value,
        _ => null,
    };

    /// <summary>Whether the arguments after the value say nothing: none, or for IndexOf a start of 0 and no
    /// count, for Split no count and StringSplitOptions.None.</summary>
    private static bool RestIsDefault(string helper, IReadOnlyList<JsExpression> rest) => helper switch
    {
        "$indexOfOrdinal" => rest switch
        {
            [] => true,
            [JsNumberLiteral { Value: 0 }] or [JsNumberLiteral { Value: 0 }, JsUndefined] => true,
            _ => false,
        },
        "$split" => rest is [] or [JsUndefined] or [JsUndefined, JsNumberLiteral { Value: 0 }],
        _ => rest.Count == 0,
    };
}
