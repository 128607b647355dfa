using System.Text;
using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Printer;

/// <summary>Text output that knows its line and column (UTF-16 units, as source maps count them),
/// indents new lines, and records where C# nodes start.</summary>
public sealed class JsWriter
{
    // One tab a level: the structure reads the same at whatever width an editor shows a tab, in half the
    // bytes of two spaces (the emitted Worker is measured before minification).
    private const char IndentUnit = '\t';
    private readonly StringBuilder _text = new();
    private bool _atLineStart = true;

    public int Line { get; private set; }
    public int Column { get; private set; }
    public int Indent { get; set; }
    public SourceMapBuilder SourceMap { get; } = new();

    public bool AtLineStart => _atLineStart;

    /// <summary>Writes text that holds no line breaks.</summary>
    public void Write(string text)
    {
        if (text.Length == 0) return;
        StartLine();
        _text.Append(text);
        Column += text.Length;
    }

    /// <summary>Writes text that may hold line breaks (raw JS, runtime modules); continuation lines are not indented.</summary>
    public void WriteVerbatim(string text)
    {
        if (text.Length == 0) return;
        StartLine();
        var start = 0;
        for (int newline; (newline = text.IndexOf('\n', start)) >= 0; start = newline + 1)
        {
            _text.Append(text, start, newline - start + 1);
            Line++;
            Column = 0;
        }
        _text.Append(text, start, text.Length - start);
        Column += text.Length - start;
        _atLineStart = start == text.Length && text.Length > 0 && text[^1] == '\n';
    }

    public void NewLine()
    {
        _text.Append('\n');
        Line++;
        Column = 0;
        _atLineStart = true;
    }

    /// <summary>Ends the current line unless nothing was written on it.</summary>
    public void EnsureNewLine()
    {
        if (!_atLineStart) NewLine();
    }

    /// <summary>Records that what is written next comes from <paramref name="location"/>.</summary>
    public void Map(SourceLocation? location)
    {
        if (location is null) return;
        StartLine();
        SourceMap.Add(Line, Column, location);
    }

    public override string ToString() => _text.ToString();

    private void StartLine()
    {
        if (!_atLineStart) return;
        _atLineStart = false;
        _text.Append(IndentUnit, Indent);
        Column = Indent;
    }
}
