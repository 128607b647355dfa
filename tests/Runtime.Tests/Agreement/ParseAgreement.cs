using System.Globalization;

namespace EdgeMirror.Runtime.Tests.Agreement;

/// <summary>Parse/TryParse: the same values, and FormatException/OverflowException exactly when .NET throws.</summary>
public sealed class ParseAgreement
{
    private static readonly string?[] Inputs =
    [
        "0", "42", "-42", "+7", "  12  ", "\t-3\n", "1.0", "1e3", "", " ", "abc", "12a", "2147483647", "2147483648", "-2147483648",
        "-2147483649", "4294967295", "4294967296", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "18446744073709551615", "18446744073709551616", "-0", "-1", "255", "256", "-128", "-129", "32767", "32768", "65535",
        "1,000", "0x10", "00012", "1 2", "--1", "+-1", "١٢", null, "12\0", "99999999999999999999999",
    ];

    private static readonly string?[] DoubleInputs =
    [
        "0", "1.5", "-1.5", ".5", "5.", "1e10", "1E-5", "1e400", "-1e400", "1e-400", "Infinity", "-Infinity", "infinity", "NaN", "nan", "∞",
        "1,234.5", "1.2.3", "", " 3.25 ", "abc", "0.1", "0.30000000000000004", "1,2", "1.5e", "e5", "-", "+.5e-2", "12,34.5", "1.5,0",
        "123456789012345678901234567890", "4.9e-324", "1.7976931348623157e308", "1.7976931348623159e308", null, "-0",
    ];

    [Fact]
    public void Integer_parsing_matches_dotnet_for_every_width()
    {
        var cases = new CaseList();
        foreach (var s in Inputs)
        {
            cases.Call("$parseInteger", [s, "int"], () => int.Parse(s!, CultureInfo.InvariantCulture));
            cases.Call("$parseInteger", [s, "uint"], () => uint.Parse(s!, CultureInfo.InvariantCulture));
            cases.Call("$parseInteger", [s, "long"], () => long.Parse(s!, CultureInfo.InvariantCulture));
            cases.Call("$parseInteger", [s, "ulong"], () => ulong.Parse(s!, CultureInfo.InvariantCulture));
            cases.Call("$parseInteger", [s, "short"], () => short.Parse(s!, CultureInfo.InvariantCulture));
            cases.Call("$parseInteger", [s, "byte"], () => byte.Parse(s!, CultureInfo.InvariantCulture));
            cases.Call("$parseInteger", [s, "sbyte"], () => sbyte.Parse(s!, CultureInfo.InvariantCulture));
            cases.Call("$tryParseInteger", [s, "int", OutArg.Instance], () => (int.TryParse(s, out var v), v));
            cases.Call("$tryParseInteger", [s, "long", OutArg.Instance], () => (long.TryParse(s, out var v), v));
            cases.Call("$parseIntegerStyles", [s, (int)NumberStyles.HexNumber, "int"], () => int.Parse(s!, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            cases.Call("$parseIntegerStyles", [s, (int)NumberStyles.HexNumber, "byte"], () => byte.Parse(s!, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            cases.Call("$parseIntegerStyles", [s, (int)NumberStyles.HexNumber, "long"], () => long.Parse(s!, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }
        foreach (var hex in new[] { "FF", "ff", "FFFFFFFF", "7FFFFFFF", "100000000", "80", " 1a ", "0x1A", "-1", "FFFFFFFFFFFFFFFF" })
        {
            cases.Call("$parseIntegerStyles", [hex, (int)NumberStyles.HexNumber, "int"], () => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            cases.Call("$parseIntegerStyles", [hex, (int)NumberStyles.HexNumber, "sbyte"], () => sbyte.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            cases.Call("$parseIntegerStyles", [hex, (int)NumberStyles.HexNumber, "ulong"], () => ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            cases.Call("$tryParseIntegerStyles", [hex, (int)NumberStyles.HexNumber, "int", OutArg.Instance], () => (int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v), v));
        }
        AgreementRunner.AssertAgrees(cases);
    }

    [Fact]
    public void Double_and_bool_parsing_matches_dotnet()
    {
        var cases = new CaseList();
        foreach (var s in DoubleInputs.Concat(Inputs))
        {
            cases.Call("$parseDouble", [s], () => double.Parse(s!, CultureInfo.InvariantCulture));
            cases.Call("$tryParseDouble", [s, OutArg.Instance], () => (double.TryParse(s, CultureInfo.InvariantCulture, out var v), v));
            cases.Call("$parseFloat", [s], () => (double)float.Parse(s!, CultureInfo.InvariantCulture));
        }
        foreach (var s in new[] { "True", "true", "FALSE", " false ", "yes", "", "1", null, "True\0" })
        {
            cases.Call("$parseBool", [s], () => bool.Parse(s!));
            cases.Call("$tryParseBool", [s, OutArg.Instance], () => (bool.TryParse(s, out var v), v));
        }
        foreach (var s in new[] { "a", "ab", "", null })
            cases.Call("$parseChar", [s], () => char.Parse(s!));
        AgreementRunner.AssertAgrees(cases);
    }
}
