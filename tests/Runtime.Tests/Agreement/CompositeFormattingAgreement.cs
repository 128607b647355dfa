using System.Globalization;

namespace EdgeMirror.Runtime.Tests.Agreement;

/// <summary>string.Format / interpolation holes: alignment, format strings, escaped braces and errors.</summary>
public sealed class CompositeFormattingAgreement
{
    [Fact]
    public void Composite_formats_align_format_and_escape_as_dotnet()
    {
        var cases = new CaseList();
        void Format(string format, params object?[] args) =>
            cases.Call("$format", [format, args], () => string.Format(CultureInfo.InvariantCulture, format, args));
        Format("[{0,-10:X4}] [{1,8:F2}] [{2,-5}] [{{}}] [{3:D3}] [{0:x}]", 255, 3.14159, true, 7);
        Format("{0} {1} {2}", "a", null, 1.5);
        Format("{0,5}|{0,-5}|{0,0}", "ab");
        Format("{0:N2} {0:P1} {0:E3} {0:G4} {0:0.00}", 1234.5678);
        Format("{0:X} {0:N0} {0,12:N0}", 1234567);
        Format("{{0}} is {0}", 5);
        Format("}}{{", 1);
        Format("{0 , 4}", 7);
        Format("{0:#,##0.00;(#,##0.00)}", -1234.5);
        Format("no holes");
        Format("{1}", 1);
        Format("{0", 1);
        Format("{0:x", 1);
        Format("}", 1);
        Format("{", 1);
        Format("{a}", 1);
        Format("{0,}", 1);
        Format("{0,-}", 1);
        Format("{-1}", 1);
        Format("{0} {1} {0}", true, false);
        Format("{0}", long.MinValue);
        Format("{0:D20}", long.MaxValue);
        Format("{0,3:D2}|", -5);
        Format("{0:F3}", 2.0005);
        Format("{0}", 0.1 + 0.2);
        Format("{0}", -0.0);
        Format("{0}", double.NaN);
        Format("{0}", double.NegativeInfinity);
        Format("{0:yy}", 1);
        cases.Call("$formatValue", [3.14159, 8, "F2"], () => $"{3.14159,8:F2}");
        cases.Call("$formatValue", ["x", -3, null], () => $"{"x",-3}");
        cases.Call("$formatValue", [65, 0, null, "char"], () => $"{'A'}");
        cases.Call("$formatValue", [0.1f, 0, null, "float"], () => $"{0.1f}");
        cases.Call("$formatValue", [2.0, 0, "E1", "double"], () => $"{2.0:E1}");
        cases.Call("$formatValue", [null, 4, null], () => $"{null,4}");
        AgreementRunner.AssertAgrees(cases);
    }
}
