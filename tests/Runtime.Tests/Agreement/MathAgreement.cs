namespace EdgeMirror.Runtime.Tests.Agreement;

/// <summary>System.Math where JS's Math differs: rounding modes, overflow, NaN and pow special cases.</summary>
public sealed class MathAgreement
{
    private static readonly double[] Values =
    [
        0, -0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.345, 2.355, 1.005, -1.005, 123.456789, 1e16, 1e17 + 2,
        -0.4, 0.4, 3.7, -3.7, 4.5, 5.5, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 2.675, 0.125, 1.25e-10, 7.5e15,
    ];

    [Fact]
    public void Rounding_follows_midpoint_rules_bit_for_bit()
    {
        var cases = new CaseList();
        foreach (var v in Values)
        {
            cases.Call("$roundEven", [v], () => Math.Round(v));
            for (var mode = 0; mode <= 4; mode++)
            {
                var m = (MidpointRounding)mode;
                cases.Call("$round", [v, 0, mode], () => Math.Round(v, m));
                foreach (var digits in new[] { 1, 2, 3, 15 })
                    cases.Call("$round", [v, digits, mode], () => Math.Round(v, digits, m));
            }
            cases.Call("$round", [v, 16, 0], () => Math.Round(v, 16));
            cases.Call("$sign", [v], () => Math.Sign(v));
            cases.Call("$pow", [v, 2.0], () => Math.Pow(v, 2));
            cases.Call("$pow", [1.0, v], () => Math.Pow(1, v));
            cases.Call("$pow", [-1.0, v], () => Math.Pow(-1, v));
            cases.Call("$pow", [v, double.NaN], () => Math.Pow(v, double.NaN));
            cases.Call("$log", [v, 2.0], () => Math.Log(v, 2));
            cases.Call("$log", [8.0, v], () => Math.Log(8, v));
            cases.Call("$ieeeRemainder", [v, 2.0], () => Math.IEEERemainder(v, 2));
            cases.Call("$doubleHashCode", [v], () => v.GetHashCode());
            cases.Call("$floatHashCode", [(double)(float)v], () => ((float)v).GetHashCode());
        }
        AgreementRunner.AssertAgrees(cases);
    }

    [Fact]
    public void Integer_helpers_check_overflow_and_ranges_as_dotnet()
    {
        var cases = new CaseList();
        foreach (var i in new[] { 0, 5, -5, int.MaxValue, int.MinValue })
        {
            cases.Call("$absInt", [i], () => Math.Abs(i));
            cases.Call("$sign", [i], () => Math.Sign(i));
        }
        foreach (var l in new[] { 0L, -7L, long.MaxValue, long.MinValue })
        {
            cases.Call("$absLong", [l], () => Math.Abs(l));
            cases.Call("$sign", [l], () => Math.Sign(l));
            cases.Call("$maxLong", [l, 3L], () => Math.Max(l, 3L));
            cases.Call("$minLong", [l, 3L], () => Math.Min(l, 3L));
        }
        cases.Call("$clamp", [5, 1, 3], () => Math.Clamp(5, 1, 3));
        cases.Call("$clamp", [-5, 1, 3], () => Math.Clamp(-5, 1, 3));
        cases.Call("$clamp", [2, 3, 1], () => Math.Clamp(2, 3, 1));
        cases.Call("$clamp", [2.5, 3.5, 1.5], () => Math.Clamp(2.5, 3.5, 1.5));
        AgreementRunner.AssertAgrees(cases);
    }
}
