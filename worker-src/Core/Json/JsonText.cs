using System.Text;

namespace EdgeMirror.Worker.Core.Json;

/// <summary>Writes JSON string literals. Escapes &lt;, &gt; and &amp; too, so the text can be
/// embedded in an HTML &lt;script&gt; without ending it early.</summary>
public static class JsonText
{
    public static string Quote(string value)
    {
        // Almost every value (names, digests, repositories) needs no escape: one scan and one concatenation
        // instead of a builder append per character (this runs several times for every request's log line).
        if (!NeedsEscape(value)) return "\"" + value + "\"";
        var builder = new StringBuilder();
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '<': builder.Append("\\u003c"); break;
                case '>': builder.Append("\\u003e"); break;
                case '&': builder.Append("\\u0026"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029') builder.Append("\\u" + Hex4(c));
                    else builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
        return builder.ToString();
    }

    private static bool NeedsEscape(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < ' ' || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }

    public static string Bool(bool value) => value ? "true" : "false";

    private static string Hex4(int code)
    {
        const string digits = "0123456789abcdef";
        var text = "";
        for (var shift = 12; shift >= 0; shift -= 4)
            text += digits.Substring((code >> shift) & 15, 1);
        return text;
    }
}
