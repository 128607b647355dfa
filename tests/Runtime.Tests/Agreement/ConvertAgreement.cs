using System.Text;

namespace EdgeMirror.Runtime.Tests.Agreement;

/// <summary>Convert, BitConverter, Encoding and Uri escaping (bytes are JS arrays of numbers).</summary>
public sealed class ConvertAgreement
{
    private static readonly byte[][] ByteArrays = [[], [0], [1, 2], [0xff, 0xfe, 0xfd], [72, 101, 108, 108, 111, 33], Enumerable.Range(0, 256).Select(i => (byte)i).ToArray()];

    [Fact]
    public void Base64_and_hex_round_trip_and_reject_as_dotnet()
    {
        var cases = new CaseList();
        foreach (var bytes in ByteArrays)
        {
            cases.Call("$toBase64", [bytes], () => Convert.ToBase64String(bytes));
            cases.Call("$toHex", [bytes], () => Convert.ToHexString(bytes));
            cases.Call("$toHexLower", [bytes], () => Convert.ToHexStringLower(bytes));
            cases.Call("$bitConverterToString", [bytes], () => BitConverter.ToString(bytes));
            if (bytes.Length > 2)
            {
                cases.Call("$toBase64", [bytes, 1, 2], () => Convert.ToBase64String(bytes, 1, 2));
                cases.Call("$bitConverterToString", [bytes, 1], () => BitConverter.ToString(bytes, 1));
                cases.Call("$bitConverterToString", [bytes, 1, 2], () => BitConverter.ToString(bytes, 1, 2));
            }
        }
        foreach (var s in new[] { "", "AA==", "AQI=", "SGVsbG8h", "SGVs bG8h", "abc", "a===", "====", "AQI", "A=QI", "Zm9v\r\nYmFy", "@@@@" })
            cases.Call("$fromBase64", [s], () => Convert.FromBase64String(s));
        foreach (var s in new[] { "", "00", "FF", "ff", "0aBc", "abc", "zz", "0x10" })
            cases.Call("$fromHex", [s], () => Convert.FromHexString(s));
        AgreementRunner.AssertAgrees(cases);
    }

    [Fact]
    public void Radix_and_numeric_conversions_match_dotnet()
    {
        var cases = new CaseList();
        foreach (var s in new[] { "ff", "FF", "0xff", "0XFF", "7fffffff", "80000000", "ffffffff", "fffffffff", "zz", "", "-1", "1 ", "101", "777", "12a", "0x" })
        {
            foreach (var b in new[] { 2, 8, 10, 16 })
            {
                cases.Call("$parseRadix", [s, b, 32, true], () => Convert.ToInt32(s, b));
                cases.Call("$parseRadix", [s, b, 64, true], () => Convert.ToInt64(s, b));
                cases.Call("$parseRadix", [s, b, 8, false], () => Convert.ToByte(s, b));
            }
        }
        cases.Call("$parseRadix", ["1", 3, 32, true], () => Convert.ToInt32("1", 3));
        foreach (var i in new[] { 0, 1, -1, 255, int.MinValue, int.MaxValue })
            foreach (var b in new[] { 2, 8, 10, 16 })
                cases.Call("$toStringRadix", [i, b, 32], () => Convert.ToString(i, b));
        foreach (var l in new[] { -1L, long.MinValue, 1L << 40 })
            foreach (var b in new[] { 2, 16 })
                cases.Call("$toStringRadix", [l, b, 64], () => Convert.ToString(l, b));
        foreach (var d in new[] { 0.5, 1.5, 2.5, -2.5, 2147483647.4, 2147483647.5, -2147483648.5, double.NaN, 1e10 })
        {
            cases.Call("$convertToInteger", [d, "int"], () => Convert.ToInt32(d));
            cases.Call("$convertToInteger", [d, "long"], () => Convert.ToInt64(d));
            cases.Call("$convertToInteger", [d, "byte"], () => Convert.ToByte(d));
        }
        foreach (var s in new[] { "12", " -3 ", "x", null })
        {
            cases.Call("$convertToInteger", [s, "int"], () => Convert.ToInt32(s));
            cases.Call("$convertToDouble", [s], () => Convert.ToDouble(s));
        }
        foreach (var s in new[] { "true", " False ", "yes", null })
            cases.Call("$convertToBoolean", [s], () => Convert.ToBoolean(s));
        cases.Call("$convertToInteger", [5000000000L, "int"], () => Convert.ToInt32(5000000000L));
        cases.Call("$convertToInteger", [true, "int"], () => Convert.ToInt32(true));
        AgreementRunner.AssertAgrees(cases);
    }

    [Fact]
    public void BitConverter_reads_and_writes_little_endian_bytes()
    {
        var cases = new CaseList();
        foreach (var i in new[] { 0, 1, -1, 0x12345678, int.MinValue })
        {
            cases.Call("$bitConverterGetBytes", [i, "int"], () => BitConverter.GetBytes(i));
            cases.Call("$bitConverterGetBytes", [(short)i, "short"], () => BitConverter.GetBytes((short)i));
        }
        foreach (var l in new[] { 0L, -2L, long.MaxValue })
            cases.Call("$bitConverterGetBytes", [l, "long"], () => BitConverter.GetBytes(l));
        foreach (var d in new[] { 0.0, -0.0, 1.5, double.NaN, double.MaxValue })
            cases.Call("$bitConverterGetBytes", [d, "double"], () => BitConverter.GetBytes(d));
        cases.Call("$bitConverterGetBytes", [1.5, "float"], () => BitConverter.GetBytes(1.5f));
        cases.Call("$bitConverterGetBytes", [true, "bool"], () => BitConverter.GetBytes(true));
        var data = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 0xff, 0xff };
        foreach (var start in new[] { 0, 2, 6, 9, 10 })
        {
            cases.Call("$bitConverterRead", [data, start, "int"], () => BitConverter.ToInt32(data, start));
            cases.Call("$bitConverterRead", [data, start, "uint"], () => BitConverter.ToUInt32(data, start));
            cases.Call("$bitConverterRead", [data, start, "short"], () => BitConverter.ToInt16(data, start));
            cases.Call("$bitConverterRead", [data, start, "long"], () => BitConverter.ToInt64(data, start));
            cases.Call("$bitConverterRead", [data, start, "double"], () => BitConverter.ToDouble(data, start));
        }
        AgreementRunner.AssertAgrees(cases);
    }

    [Fact]
    public void Utf8_and_uri_escaping_match_dotnet()
    {
        var cases = new CaseList();
        foreach (var s in new[] { "", "hello", "héllo wörld", "€ 😀", "a+b=c&d", "!*'();:@&=+$,/?#[]", "~-_.", "\ud800x", "日本語" })
        {
            cases.Call("$escapeDataString", [s], () => Uri.EscapeDataString(s));
            cases.Call("$unescapeDataString", [Uri.EscapeDataString(s)], () => Uri.UnescapeDataString(Uri.EscapeDataString(s)));
            cases.Call("$UTF8.GetBytes", [s], () => Encoding.UTF8.GetBytes(s));
            cases.Call("$UTF8.GetByteCount", [s], () => Encoding.UTF8.GetByteCount(s));
            cases.Call("$ASCII.GetBytes", [s], () => Encoding.ASCII.GetBytes(s));
            cases.Call("$UTF8.GetString", [Encoding.UTF8.GetBytes(s)], () => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(s)));
        }
        foreach (var bytes in new byte[][] { [0xff, 0x41], [0xe2, 0x82], [0xc3, 0xa9, 0x80], [0xf0, 0x9f, 0x98, 0x80] })
        {
            cases.Call("$UTF8.GetString", [bytes], () => Encoding.UTF8.GetString(bytes));
            cases.Call("$UTF8.GetString", [bytes, 1, 1], () => Encoding.UTF8.GetString(bytes, 1, 1));
        }
        foreach (var s in new[] { "%41%42", "%zz", "%E2%82", "%E2%82%AC", "a%2", "%C3%A9%", "100%" })
            cases.Call("$unescapeDataString", [s], () => Uri.UnescapeDataString(s));
        AgreementRunner.AssertAgrees(cases);
    }
}
