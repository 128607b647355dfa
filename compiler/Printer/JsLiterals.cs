using System.Globalization;
using System.Numerics;
using System.Text;

namespace EdgeMirror.Compiler.Printer;

/// <summary>How names, strings and numbers are spelled in JavaScript source.</summary>
public static class JsLiterals
{
    /// <summary>An IdentifierName (what may follow a dot): reserved words are allowed there.</summary>
    public static bool IsIdentifierName(string name)
    {
        if (name.Length == 0) return false;
        if (!IsIdentifierStart(name[0])) return false;
        for (var i = 1; i < name.Length; i++)
            if (!IsIdentifierPart(name[i])) return false;
        return true;
    }

    private static bool IsIdentifierStart(char c) => c is '$' or '_' || char.IsLetter(c);

    private static bool IsIdentifierPart(char c) =>
        IsIdentifierStart(c) || char.IsDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DecimalDigitNumber
        || c is '\u200C' or '\u200D';

    /// <summary>A double-quoted string literal with the escapes JS needs (line terminators, lone surrogates).</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\v': text.Append("\\v"); break;
                default: AppendCharacter(text, value, ref i); break;
            }
        }
        return text.Append('"').ToString();
    }

    /// <summary>One template-literal quasi: the cooked text written so that it reads back the same.</summary>
    public static string TemplateQuasi(string cooked)
    {
        var text = new StringBuilder(cooked.Length);
        for (var i = 0; i < cooked.Length; i++)
        {
            var c = cooked[i];
            switch (c)
            {
                case '`': text.Append("\\`"); break;
                case '\\': text.Append("\\\\"); break;
                case '$' when i + 1 < cooked.Length && cooked[i + 1] == '{': text.Append("\\$"); break;
                case '\r': text.Append("\\r"); break;   // a raw CR would read back as LF
                case '\n': text.Append("\\n"); break;   // one line per template keeps the output readable
                case '\t': text.Append("\\t"); break;
                default: AppendCharacter(text, cooked, ref i); break;
            }
        }
        return text.ToString();
    }

    private static void AppendCharacter(StringBuilder text, string value, ref int i)
    {
        var c = value[i];
        if (c < 0x20 || c == 0x7F || c is '\u2028' or '\u2029') { text.Append("\\u").Append(((int)c).ToString("x4")); return; }
        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
        {
            text.Append(c).Append(value[++i]);
            return;
        }
        if (char.IsSurrogate(c)) { text.Append("\\u").Append(((int)c).ToString("x4")); return; }
        text.Append(c);
    }

    /// <summary>The shortest text that reads back as the same double; negative values include the sign
    /// (the printer treats them as unary minus for precedence).</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return double.IsNegative(value) ? "-0" : "0";
        return value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
    }

    public static bool IsNegative(double value) => double.IsNegative(value) && !double.IsNaN(value);

    public static string BigInt(BigInteger value) => value.ToString(CultureInfo.InvariantCulture) + "n";

    /// <summary>A regular expression literal; '/' and line breaks in the pattern are escaped where JS needs it.</summary>
    public static string Regex(string pattern, string flags)
    {
        if (pattern.Length == 0) return "/(?:)/" + flags;
        var text = new StringBuilder("/");
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                text.Append(c).Append(pattern[++i]);
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            if (c == '/' && !inClass) text.Append("\\/");
            else if (c == '\n') text.Append("\\n");
            else if (c == '\r') text.Append("\\r");
            else if (c is '\u2028' or '\u2029') text.Append("\\u").Append(((int)c).ToString("x4"));
            else text.Append(c);
        }
        return text.Append('/').Append(flags).ToString();
    }
}
