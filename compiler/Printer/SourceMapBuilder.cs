using System.Text;
using System.Text.Json;
using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Printer;

/// <summary>One mapping: a generated position (0-based) and the C# position it came from.</summary>
public sealed record SourceMapping(int GeneratedLine, int GeneratedColumn, SourceLocation Original);

/// <summary>Collects mappings while text is printed and writes them as a source map v3 document.</summary>
public sealed class SourceMapBuilder
{
    private readonly List<SourceMapping> _mappings = [];

    public IReadOnlyList<SourceMapping> Mappings => _mappings;

    public void Add(int generatedLine, int generatedColumn, SourceLocation original)
    {
        // Consecutive nodes from one C# position add nothing; one segment per position is enough.
        if (_mappings.Count > 0)
        {
            var last = _mappings[^1];
            if (last.GeneratedLine == generatedLine && last.GeneratedColumn == generatedColumn)
            {
                _mappings[^1] = last with { Original = original };
                return;
            }
            if (last.GeneratedLine == generatedLine && last.Original == original) return;
        }
        _mappings.Add(new SourceMapping(generatedLine, generatedColumn, original));
    }

    /// <summary>Adds another builder's mappings as if its text started <paramref name="lineOffset"/> lines further down.</summary>
    public void Append(SourceMapBuilder other, int lineOffset)
    {
        foreach (var m in other._mappings) Add(m.GeneratedLine + lineOffset, m.GeneratedColumn, m.Original);
    }

    /// <param name="file">The generated file's name.</param>
    /// <param name="sourceName">How a C# path is named in "sources" (e.g. relative to the output).</param>
    /// <param name="sourceContent">A C# file's text for "sourcesContent", or null when unknown.</param>
    public string ToJson(string file, Func<string, string> sourceName, Func<string, string?>? sourceContent = null)
    {
        var sources = new List<string>();
        var sourceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var mappings = new StringBuilder();
        int previousLine = 0, previousColumn = 0, previousSource = 0, previousOriginalLine = 0, previousOriginalColumn = 0;
        var firstOnLine = true;

        foreach (var m in _mappings.OrderBy(m => m.GeneratedLine).ThenBy(m => m.GeneratedColumn))
        {
            while (previousLine < m.GeneratedLine)
            {
                mappings.Append(';');
                previousLine++;
                previousColumn = 0;
                firstOnLine = true;
            }
            if (!firstOnLine) mappings.Append(',');
            firstOnLine = false;

            if (!sourceIndex.TryGetValue(m.Original.File, out var index))
            {
                index = sources.Count;
                sourceIndex[m.Original.File] = index;
                sources.Add(m.Original.File);
            }
            Base64Vlq.Encode(mappings, m.GeneratedColumn - previousColumn);
            Base64Vlq.Encode(mappings, index - previousSource);
            Base64Vlq.Encode(mappings, m.Original.Line - previousOriginalLine);
            Base64Vlq.Encode(mappings, m.Original.Column - previousOriginalColumn);
            previousColumn = m.GeneratedColumn;
            previousSource = index;
            previousOriginalLine = m.Original.Line;
            previousOriginalColumn = m.Original.Column;
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 3);
            json.WriteString("file", file);
            json.WriteStartArray("sources");
            foreach (var s in sources) json.WriteStringValue(sourceName(s));
            json.WriteEndArray();
            if (sourceContent is not null)
            {
                json.WriteStartArray("sourcesContent");
                foreach (var s in sources)
                {
                    if (sourceContent(s) is { } text) json.WriteStringValue(text);
                    else json.WriteNullValue();
                }
                json.WriteEndArray();
            }
            json.WriteStartArray("names");
            json.WriteEndArray();
            json.WriteString("mappings", mappings.ToString());
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
