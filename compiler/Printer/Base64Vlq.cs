using System.Text;

namespace EdgeMirror.Compiler.Printer;

/// <summary>The base64 variable-length quantities of source map v3 "mappings": 5 bits per digit,
/// a continuation bit, the sign in the lowest bit of the first digit.</summary>
public static class Base64Vlq
{
    private const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static void Encode(StringBuilder into, int value)
    {
        var vlq = value < 0 ? ((-(long)value) << 1) | 1 : (long)value << 1;
        do
        {
            var digit = (int)(vlq & 31);
            vlq >>= 5;
            if (vlq > 0) digit |= 32;
            into.Append(Digits[digit]);
        } while (vlq > 0);
    }

    /// <summary>Decodes one segment's numbers (for tests and tools that read maps back).</summary>
    public static IReadOnlyList<int> Decode(string segment)
    {
        var values = new List<int>();
        long value = 0;
        var shift = 0;
        foreach (var c in segment)
        {
            var digit = Digits.IndexOf(c);
            if (digit < 0) throw new FormatException($"'{c}' is not a base64 VLQ digit");
            value |= (long)(digit & 31) << shift;
            if ((digit & 32) != 0) { shift += 5; continue; }
            var magnitude = value >> 1;
            values.Add((int)((value & 1) == 1 ? -magnitude : magnitude));
            value = 0;
            shift = 0;
        }
        if (shift != 0) throw new FormatException("segment ends inside a VLQ number");
        return values;
    }
}
