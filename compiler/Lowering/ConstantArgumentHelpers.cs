using System.Text.RegularExpressions;
using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Runtime calls whose constant arguments pick one branch of a general helper are pointed at that
/// branch's own helper, so the program links only what it can run: <c>b.ToString("X2")</c> needs hexadecimal
/// digits, not every standard and custom numeric format (numbers.mjs and customformat.mjs, ~10 KB), and an
/// ordinal <c>StartsWith</c>/<c>EndsWith</c>/<c>IndexOf</c>/<c>LastIndexOf</c> needs no culture-aware search (~5 KB).</summary>
internal static partial class ConstantArgumentHelpers
{
    [GeneratedRegex(@"^([Xx])([0-9]{0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex HexFormat();

    /// <summary>Runtime string searches whose StringComparison argument (at this position) may be left out or
    /// be the constant Ordinal (4): those calls go to the ordinal helper, without the culture-aware search.</summary>
    private static readonly Dictionary<string, (int ComparisonAt, string Ordinal)> OrdinalSearches = new(StringComparer.Ordinal)
    {
        ["$indexOf"] = (4, "$indexOfOrdinal"),
        ["$lastIndexOf"] = (4, "$lastIndexOfOrdinal"),
        ["$startsWith"] = (2, "$startsWithOrdinal"),
        ["$endsWith"] = (2, "$endsWithOrdinal"),
    };

    public static JsExpression Narrow(JsExpression call) => NarrowToNative(NarrowSearch(NarrowHexFormat(call)));

    private static JsExpression NarrowSearch(JsExpression call)
    {
        if (call is not JsCall { Callee: JsRuntimeRef { Name: var helper }, Arguments: var args } search
            || !OrdinalSearches.TryGetValue(helper, out var ordinal)) return call;
        var isOrdinal = args.Count <= ordinal.ComparisonAt
            || args.Count == ordinal.ComparisonAt + 1 && args[ordinal.ComparisonAt] is JsNumberLiteral { Value: 4 };
        return isOrdinal ? search with { Callee = new JsRuntimeRef(ordinal.Ordinal), Arguments = args.Take(ordinal.ComparisonAt).ToList() } : call;
    }

    private static JsExpression NarrowHexFormat(JsExpression call)
    {
        if (call is not JsCall { Callee: JsRuntimeRef { Name: "$formatInt" }, Arguments: { Count: 2 or 3 } args } formatInt
            || args[1] is not JsStringLiteral format || HexFormat().Match(format.Value) is not { Success: true } hex)
            return call;
        var digits = hex.Groups[2].Value is "" ? 0 : int.Parse(hex.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        return formatInt with
        {
            Callee = new JsRuntimeRef("$formatHex"),
            Arguments = [args[0], new JsBooleanLiteral(hex.Groups[1].Value == "X"), new JsNumberLiteral(digits), .. args.Skip(2)],
        };
    }
}
