using System.Text;

namespace EdgeMirror.Differential.Tests.Harness;

/// <summary>Describes where two outputs part ways, in a form a person can read in a test log.</summary>
public static class OutputDiff
{
    private const int ContextLines = 3;

    /// <summary>Null when the texts are identical; otherwise the first differing line with context.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        if (expected == actual) return null;
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
            line++;

        var report = new StringBuilder();
        report.AppendLine($"stdout differs at line {line + 1}{ColumnNote(expectedLines, actualLines, line)}:");
        for (var before = Math.Max(0, line - ContextLines); before < line; before++)
            report.AppendLine($"   same | {Visible(expectedLines[before])}");
        report.AppendLine($"   .NET | {LineOrEnd(expectedLines, line)}");
        report.AppendLine($"   JS   | {LineOrEnd(actualLines, line)}");
        for (var after = line + 1; after <= line + ContextLines; after++)
        {
            if (after >= expectedLines.Length && after >= actualLines.Length) break;
            report.AppendLine($"   .NET+{after - line} | {LineOrEnd(expectedLines, after)}");
            report.AppendLine($"   JS  +{after - line} | {LineOrEnd(actualLines, after)}");
        }
        report.Append($"   ({expectedLines.Length} lines on .NET, {actualLines.Length} on JS)");
        return report.ToString();
    }

    private static string ColumnNote(string[] expected, string[] actual, int line)
    {
        if (line >= expected.Length || line >= actual.Length) return "";
        var (a, b) = (expected[line], actual[line]);
        var column = 0;
        while (column < a.Length && column < b.Length && a[column] == b[column]) column++;
        return $", column {column + 1}";
    }

    private static string LineOrEnd(string[] lines, int index) =>
        index < lines.Length ? Visible(lines[index]) : "<end of output>";

    /// <summary>Makes control characters and trailing spaces visible: they are common culprits.</summary>
    public static string Visible(string text)
    {
        var shown = new StringBuilder("«");
        foreach (var c in text)
            shown.Append(c switch
            {
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                < ' ' or (>= '\u007f' and < '\u00a0') => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return shown.Append('»').ToString();
    }
}
