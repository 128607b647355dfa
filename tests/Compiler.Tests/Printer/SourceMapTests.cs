using System.Text.Json;
using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Printer;
using static EdgeMirror.Compiler.Tests.Printer.Js;

namespace EdgeMirror.Compiler.Tests.Printer;

public sealed class SourceMapTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(1, "C")]
    [InlineData(-1, "D")]
    [InlineData(15, "e")]
    [InlineData(16, "gB")]
    [InlineData(1000, "w+B")]
    [InlineData(-1000, "x+B")]
    public void Vlq_digits_match_the_source_map_specification(int value, string expected)
    {
        var text = new System.Text.StringBuilder();
        Base64Vlq.Encode(text, value);
        Assert.Equal(expected, text.ToString());
        Assert.Equal([value], Base64Vlq.Decode(expected));
    }

    [Fact]
    public void Each_located_statement_maps_its_first_column_to_its_csharp_line()
    {
        var writer = new JsWriter();
        new JsPrinter(writer).PrintProgram([
            new JsFunctionDeclaration(Function("f", Block(
                Return(Bin("+", Id("a"), Num(1)) with { Location = At(4, 15) }) with { Location = At(4, 8) }), "a") with { Location = At(2, 4) }),
            Stmt(Call(Id("f"), Num(2)) with { Location = At(9, 8) }) with { Location = At(9, 8) },
        ]);
        var json = JsonDocument.Parse(writer.SourceMap.ToJson("out.mjs", p => p)).RootElement;
        Assert.Equal(3, json.GetProperty("version").GetInt32());
        Assert.Equal(["Program.cs"], json.GetProperty("sources").EnumerateArray().Select(e => e.GetString()));

        var segments = SourceMapDecoder.Decode(json.GetProperty("mappings").GetString()!);
        var lines = writer.ToString().Split('\n');
        // "function f(a) { return a + 1; }" at line 0 → C# line 2; "return a + 1;" (on the block's line) → line 4 col 8,
        // "a + 1" → col 15; "f(2);" → line 9.
        Assert.Contains(segments, s => s.GeneratedLine == 0 && s.GeneratedColumn == 0 && s.OriginalLine == 2 && s.OriginalColumn == 4);
        Assert.Contains(segments, s => s.GeneratedLine == 0 && s.GeneratedColumn == lines[0].IndexOf("return", StringComparison.Ordinal) && s.OriginalLine == 4 && s.OriginalColumn == 8);
        Assert.Contains(segments, s => s.GeneratedLine == 0 && s.GeneratedColumn == lines[0].IndexOf("a + 1", StringComparison.Ordinal) && s.OriginalLine == 4 && s.OriginalColumn == 15);
        var callLine = Array.FindIndex(lines, l => l.StartsWith("f(2)", StringComparison.Ordinal));
        Assert.Contains(segments, s => s.GeneratedLine == callLine && s.GeneratedColumn == 0 && s.OriginalLine == 9);
    }
}

/// <summary>An independent decoder of "mappings" (absolute positions), written from the v3 specification.</summary>
public static class SourceMapDecoder
{
    public sealed record Segment(int GeneratedLine, int GeneratedColumn, int Source, int OriginalLine, int OriginalColumn);

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static List<Segment> Decode(string mappings)
    {
        var result = new List<Segment>();
        int source = 0, line = 0, column = 0;
        var generatedLine = 0;
        foreach (var lineText in mappings.Split(';'))
        {
            var generatedColumn = 0;
            foreach (var segmentText in lineText.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var values = new List<int>();
                int value = 0, shift = 0;
                foreach (var c in segmentText)
                {
                    var digit = Alphabet.IndexOf(c);
                    value += (digit & 31) << shift;
                    if ((digit & 32) != 0) { shift += 5; continue; }
                    values.Add((value & 1) == 1 ? -(value >> 1) : value >> 1);
                    value = 0;
                    shift = 0;
                }
                generatedColumn += values[0];
                if (values.Count >= 4)
                {
                    source += values[1];
                    line += values[2];
                    column += values[3];
                    result.Add(new Segment(generatedLine, generatedColumn, source, line, column));
                }
            }
            generatedLine++;
        }
        return result;
    }
}
