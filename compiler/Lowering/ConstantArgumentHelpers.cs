using System.Text.RegularExpressions;
using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Runtime calls whose constant arguments pick one branch of a general helper are pointed at that
/// branch's own helper, so the program links only what it can run: <c>b.ToString("X2")</c> needs hexadecimal
/// digits, not every standard and custom numeric format (numbers.mjs and customformat.mjs, ~10 KB).</summary>
internal static partial class ConstantArgumentHelpers
{
    [GeneratedRegex(@"^([Xx])([0-9]{0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex HexFormat();

    public static JsExpression Narrow(JsExpression call)
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
