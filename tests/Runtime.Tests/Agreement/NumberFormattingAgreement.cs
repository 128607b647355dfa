using System.Globalization;

namespace EdgeMirror.Runtime.Tests.Agreement;

/// <summary>double/float/int/long formatting: the runtime prints what .NET prints, digit for digit.</summary>
public sealed class NumberFormattingAgreement
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly double[] Specials =
    [
        0, -0.0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 123.456, -123.456,
        1e15, 1e16, 1e17, 1e21, 1e22, 1e23, 1e-4, 1e-5, 1.2345e-5, 12345678901234567, 123456789012345.6, 999999999999999.9,
        5e-324, double.Epsilon * 3, double.MaxValue, double.MinValue, double.NaN, double.PositiveInfinity, double.NegativeInfinity,
        4.35, 4.45, 0.045, 1234567.891, 9.995, 99.995, 0.0001234, 100, 1000000, 7e22, Math.PI, Math.E, 2.675, 1e-7,
    ];

    private static readonly string?[] DoubleFormats =
    [
        null, "", "R", "G", "G1", "G3", "G15", "G17", "F", "F0", "F1", "F2", "F5", "E", "E0", "E2", "e4", "N", "N0", "N3",
        "P", "P0", "P1", "C", "C0", "0.00", "#,##0", "#,##0.00", "0.###", "#.##", "000.0", "0%", "0.0E+0", "#,##0;(#,##0);zero",
        "00.00;-00.00", "#,,", "0,.0",
    ];

    private static readonly string[] CustomFormats =
    [
        "0.##", "00.0#", "#%", "0.0‰", "'lit'0", "\\#0", "0,0", "#,#0", ",0", "#,##0.###", "0.0e+00", "0.00E-0", "#0.#E0",
        "[0]", "0;-0;zero", ";;", "0;", "#.#;(#.#)", "\"q\"0.0", "0 %", "% 0", "0.00%;-0.00%", "##.##", "0000.00", "#,##0,",
        "0.###############", "#,##0.0#;(#,##0.0#);'-'", "0,000", "0.0,", "#E+0", "00E00", "0.0 'units'", "- 0", "0-0",
    ];

    private static IEnumerable<double> Doubles()
    {
        var random = new Random(20261128);
        foreach (var d in Specials) yield return d;
        for (var i = 0; i < 400; i++)
        {
            // Random bit patterns cover every exponent; scaled integers and short decimals cover ties.
            yield return BitConverter.Int64BitsToDouble(random.NextInt64());
            yield return Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-6, 18)), random.Next(0, 6));
            yield return random.Next(-100000, 100000) / 8.0;
        }
    }

    [Fact]
    public void Doubles_print_as_dotnet_prints_them_in_every_format()
    {
        var cases = new CaseList();
        foreach (var d in Doubles())
        {
            if (double.IsNaN(d) && BitConverter.DoubleToInt64Bits(d) != BitConverter.DoubleToInt64Bits(double.NaN)) continue;
            cases.Call("$doubleToString", [d], () => d.ToString(Inv));
            foreach (var f in DoubleFormats.Where(f => f is not null))
                cases.Call("$formatDouble", [d, f], () => d.ToString(f, Inv));
        }
        AgreementRunner.AssertAgrees(cases);
    }

    [Fact]
    public void Custom_format_strings_place_digits_groups_signs_and_literals_as_dotnet()
    {
        var cases = new CaseList();
        var doubles = new[] { 0, -0.0, 1, -1, 0.5, 1234.5678, -1234.5678, 0.001234, 1e7, 123456789.125, 0.995, -0.004, 42, 1e-10, 99.95 };
        foreach (var d in doubles)
            foreach (var f in CustomFormats)
                cases.Call("$formatDouble", [d, f], () => d.ToString(f, Inv));
        foreach (var i in new[] { 0, 7, -7, 1234567, -1000, 5 })
            foreach (var f in CustomFormats)
                cases.Call("$formatInt", [i, f], () => i.ToString(f, Inv));
        AgreementRunner.AssertAgrees(cases);
    }

    [Fact]
    public void Floats_print_with_single_precision_shortest_digits()
    {
        var cases = new CaseList();
        var random = new Random(7);
        var floats = new List<float> { 0.1f, 1f / 3, 16777216f, 1e10f, float.MaxValue, float.Epsilon, 1.17549435E-38f, 123456.7f, -0f, 2.5f, 1e7f, 1e8f, 1e9f, 12345678f };
        for (var i = 0; i < 300; i++) floats.Add(BitConverter.Int32BitsToSingle(random.Next()));
        for (var i = 0; i < 200; i++) floats.Add((float)(random.NextDouble() * Math.Pow(10, random.Next(-5, 12))));
        foreach (var f in floats.Where(f => !float.IsNaN(f)))
        {
            cases.Call("$floatToString", [(double)f], () => f.ToString(Inv));
            foreach (var format in new[] { "R", "G", "G3", "F2", "E", "N1", "0.00" })
                cases.Call("$formatFloat", [(double)f, format], () => f.ToString(format, Inv));
        }
        AgreementRunner.AssertAgrees(cases);
    }

    [Fact]
    public void Integers_print_in_standard_and_custom_formats()
    {
        var formats = new[] { "", "D", "D1", "D8", "X", "x", "X2", "X8", "N", "N0", "N2", "F", "F3", "E", "E2", "e0", "P", "P0", "G", "G2", "G10", "C", "R", "0000", "#,#", "#,##0.00", "0;(0)", "#", "0.#", "00%" };
        var ints = new[] { 0, 1, -1, 7, 42, 255, 1000, -1000, 12345, 1234567, int.MaxValue, int.MinValue, 125, 135, 999999 };
        var longs = new[] { 0L, -1L, long.MaxValue, long.MinValue, 1234567890123L, -9876543210L, 5000000000L };
        var cases = new CaseList();
        foreach (var i in ints)
            foreach (var f in formats)
                cases.Call("$formatInt", [i, f], () => i.ToString(f, Inv));
        foreach (var l in longs)
            foreach (var f in formats)
                cases.Call("$formatInt", [l, f], () => l.ToString(f, Inv));
        foreach (var u in new[] { 0UL, ulong.MaxValue, 1UL << 63 })
            foreach (var f in new[] { "", "X", "N0", "D25" })
                cases.Call("$formatInt", [u, f], () => u.ToString(f, Inv));
        foreach (var u in new[] { 0u, uint.MaxValue, 3000000000u })
            foreach (var f in new[] { "", "X", "N0" })
                cases.Call("$formatInt", [u, f], () => u.ToString(f, Inv));
        cases.Call("$formatInt", [5, "Q"], () => 5.ToString("Q", Inv));
        cases.Call("$formatDouble", [1.5, "D"], () => 1.5.ToString("D", Inv));
        AgreementRunner.AssertAgrees(cases);
    }
}
