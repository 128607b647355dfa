using System.Text;
using System.Text.RegularExpressions;

namespace EdgeMirror.Compiler.Linker;

/// <summary>One top-level statement of a runtime module (with the comments just above it): the
/// <c>$names</c> it declares and the <c>$names</c> its code mentions. The linker keeps only the
/// statements a program reaches, so a helper file can grow without growing every bundle.</summary>
public sealed record RuntimeChunk(string Text, IReadOnlySet<string> Declares, IReadOnlySet<string> References)
{
    private static readonly Regex Declaration = new(
        @"^(?:async[ \t]+)?(?:function[ \t]*\*?|class|const|let|var)[ \t]*(?<name>\$[\w$]*)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>Splits module code (imports and exports already stripped) into top-level statements. A
    /// statement starts at column 0 when no bracket, string, comment or template is open; lines that start
    /// with a closing bracket or an operator continue the statement before them.</summary>
    public static IReadOnlyList<RuntimeChunk> Split(string code)
    {
        var chunks = new List<RuntimeChunk>();
        var scanner = new Scanner(code);
        var start = 0;
        var pendingCommentStart = -1;
        foreach (var (lineStart, depthZero) in scanner.LineStarts().Prepend((0, true)))
        {
            if (!depthZero || lineStart >= code.Length) continue;
            if (!StartsStatement(code, lineStart)) continue;
            var isComment = code[lineStart] == '/' && lineStart + 1 < code.Length && code[lineStart + 1] is '/' or '*';
            if (isComment)
            {
                if (pendingCommentStart < 0) pendingCommentStart = lineStart;
                continue;
            }
            // A statement begins here: everything before it (minus the comments that lead into it) is one chunk.
            var cut = pendingCommentStart >= 0 ? pendingCommentStart : lineStart;
            pendingCommentStart = -1;
            if (cut > start && code[start..cut].Trim().Length > 0)
            {
                chunks.Add(Make(code[start..cut]));
                start = cut;
            }
        }
        if (start < code.Length && code[start..].Trim().Length > 0) chunks.Add(Make(code[start..]));
        return chunks;
    }

    /// <summary>The code without its comments; a line that held only a comment goes with it. Nothing else
    /// changes (strings and templates keep every character). The runtime's comments explain its source
    /// (compiler/Runtime), not the program, so the bundle does not carry them.</summary>
    public static string WithoutComments(string code)
    {
        var comments = new Scanner(code).Comments();
        if (comments.Count == 0) return code;
        var text = new StringBuilder(code.Length);
        var at = 0;
        foreach (var (start, end) in comments)
        {
            var (cutStart, cutEnd) = (start, end);
            var lineBegin = code.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
            if (start == 0) lineBegin = 0;
            var lineEnd = code.IndexOf('\n', end);
            if (lineEnd < 0) lineEnd = code.Length;
            if (lineBegin >= at && string.IsNullOrWhiteSpace(code[lineBegin..start]) && string.IsNullOrWhiteSpace(code[end..lineEnd]))
                (cutStart, cutEnd) = (lineBegin, Math.Min(lineEnd + 1, code.Length));
            if (cutStart < at) continue;
            text.Append(code, at, cutStart - at);
            at = cutEnd;
        }
        text.Append(code, at, code.Length - at);
        return text.ToString();
    }

    /// <summary>The code indented with one tab a level, as the printer indents the program, instead of the
    /// runtime sources' two spaces: half the bytes of every indentation. A line that starts inside a
    /// template literal keeps its spaces (they are part of the string).</summary>
    public static string IndentedWithTabs(string code)
    {
        var text = new StringBuilder(code.Length);
        var at = 0;
        foreach (var (lineStart, _, inside) in new Scanner(code).LineDepths().Prepend((0, 0, false)))
        {
            if (inside || lineStart < at) continue;
            var spaces = 0;
            while (lineStart + spaces < code.Length && code[lineStart + spaces] == ' ') spaces++;
            if (spaces < 2) continue;
            text.Append(code, at, lineStart - at);
            text.Append('\t', spaces / 2).Append(' ', spaces % 2);
            at = lineStart + spaces;
        }
        text.Append(code, at, code.Length - at);
        return text.ToString();
    }

    /// <summary>Each line start with the bracket depth there and whether a string, comment or template is open.</summary>
    public static IReadOnlyList<(int LineStart, int Depth, bool Inside)> LineDepths(string code) => new Scanner(code).LineDepths();

    /// <summary>The code with the text of its strings, comments, regexes and template literals blanked out
    /// (line breaks kept): what is left names what the code can call. (A message such as "Length cannot be
    /// less than zero." names no member.)</summary>
    public static string CodeOnly(string code) => new Scanner(code).CodeOnly();

    /// <summary>A chunk for code (a trimmed class, say): what it declares and the <c>$names</c> it mentions.</summary>
    public static RuntimeChunk Of(string text) => Make(text);

    private static bool StartsStatement(string code, int at)
    {
        var c = code[at];
        if (char.IsWhiteSpace(c)) return false;
        return c is not ('}' or ')' or ']' or '.' or ',' or '?' or ':' or '+' or '-' or '*' or '&' or '|' or '=' or '>' or '<');
    }

    private static RuntimeChunk Make(string text)
    {
        var code = StripLeadingComments(text);
        var declares = new HashSet<string>(StringComparer.Ordinal);
        var m = Declaration.Match(code);
        if (m.Success && m.Index == 0) declares.Add(m.Groups["name"].Value);
        var references = new Scanner(text).DollarNames().Where(n => !declares.Contains(n)).ToHashSet(StringComparer.Ordinal);
        return new RuntimeChunk(text, declares, references);
    }

    private static string StripLeadingComments(string text)
    {
        var t = text.TrimStart();
        while (true)
        {
            if (t.StartsWith("//", StringComparison.Ordinal))
            {
                var end = t.IndexOf('\n');
                t = end < 0 ? "" : t[(end + 1)..].TrimStart();
            }
            else if (t.StartsWith("/*", StringComparison.Ordinal))
            {
                var end = t.IndexOf("*/", StringComparison.Ordinal);
                t = end < 0 ? "" : t[(end + 2)..].TrimStart();
            }
            else return t;
        }
    }

    /// <summary>A small JavaScript lexer: enough to know when brackets are balanced and which
    /// identifiers are code (not text in strings, comments, regexes or template text).</summary>
    private sealed class Scanner(string code)
    {
        /// <summary>Each line start, and whether every bracket, string and comment is closed there.</summary>
        public IEnumerable<(int LineStart, bool DepthZero)> LineStarts()
        {
            var result = new List<(int, bool)>();
            Scan((index, depth, inside) => result.Add((index, depth == 0 && !inside)), _ => { });
            return result;
        }

        public IReadOnlyList<(int, int, bool)> LineDepths()
        {
            var result = new List<(int, int, bool)>();
            Scan((index, depth, inside) => result.Add((index, depth, inside)), _ => { });
            return result;
        }

        public IEnumerable<string> DollarNames()
        {
            var names = new List<string>();
            Scan((_, _, _) => { }, names.Add);
            return names;
        }

        public string CodeOnly()
        {
            var text = code.ToCharArray();
            void Blank(int start, int end)
            {
                for (var k = start; k < end && k < text.Length; k++) if (text[k] != '\n') text[k] = ' ';
            }
            Scan((_, _, _) => { }, _ => { }, Blank, Blank);
            return new string(text);
        }

        /// <summary>Start and end of every comment.</summary>
        public IReadOnlyList<(int Start, int End)> Comments()
        {
            var comments = new List<(int, int)>();
            Scan((_, _, _) => { }, _ => { }, (start, end) => comments.Add((start, end)));
            return comments;
        }

        /// <param name="onText">The span of each string literal, regex literal and piece of template text.</param>
        private void Scan(Action<int, int, bool> onLineStart, Action<string> onDollarName, Action<int, int>? onComment = null, Action<int, int>? onText = null)
        {
            var depth = 0;
            var templateDepths = new Stack<int>();   // bracket depth at which each open ${ … } returns to template text
            var regexAllowed = true;
            var i = 0;
            while (i < code.Length)
            {
                var c = code[i];
                if (c == '\n') { i++; onLineStart(i, depth, templateDepths.Count > 0); continue; }
                if (char.IsWhiteSpace(c)) { i++; continue; }
                if (c == '/' && i + 1 < code.Length && code[i + 1] == '/')
                {
                    var commentStart = i;
                    while (i < code.Length && code[i] != '\n') i++;
                    onComment?.Invoke(commentStart, i);
                    continue;
                }
                if (c == '/' && i + 1 < code.Length && code[i + 1] == '*')
                {
                    var end = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    var stop = end < 0 ? code.Length : end + 2;
                    for (var k = i; k < stop; k++) if (code[k] == '\n') onLineStart(k + 1, depth, true);
                    onComment?.Invoke(i, stop);
                    i = stop;
                    continue;
                }
                if (c is '"' or '\'')
                {
                    var textStart = i;
                    i = SkipString(i, c);
                    onText?.Invoke(textStart, i);
                    regexAllowed = false;
                    continue;
                }
                if (c == '`')
                {
                    var textStart = i;
                    i = SkipTemplateText(i + 1, depth, templateDepths, onLineStart);
                    onText?.Invoke(textStart, i);
                    regexAllowed = false;
                    continue;
                }
                if (c == '}' && templateDepths.Count > 0 && templateDepths.Peek() == depth)
                {
                    templateDepths.Pop();
                    var textStart = i;
                    i = SkipTemplateText(i + 1, depth, templateDepths, onLineStart);
                    onText?.Invoke(textStart, i);
                    regexAllowed = false;
                    continue;
                }
                if (c == '/' && regexAllowed)
                {
                    var textStart = i;
                    i = SkipRegex(i);
                    onText?.Invoke(textStart, i);
                    regexAllowed = false;
                    continue;
                }
                if (c is '$' or '_' || char.IsLetter(c))
                {
                    var start = i;
                    while (i < code.Length && (code[i] is '$' or '_' || char.IsLetterOrDigit(code[i]))) i++;
                    var word = code[start..i];
                    if (word[0] == '$' && word.Length > 1 && !IsPropertyName(start)) onDollarName(word);
                    regexAllowed = word is "return" or "typeof" or "case" or "do" or "else" or "in" or "of" or "new" or "delete" or "void" or "throw" or "yield" or "await" or "instanceof";
                    continue;
                }
                if (char.IsDigit(c))
                {
                    while (i < code.Length && (char.IsLetterOrDigit(code[i]) || code[i] is '.' or '_')) i++;
                    regexAllowed = false;
                    continue;
                }
                if (c is '{' or '(' or '[') depth++;
                else if (c is '}' or ')' or ']') depth = Math.Max(0, depth - 1);
                regexAllowed = c is not (')' or ']' or '}');
                i++;
            }
        }

        /// <summary><c>x.$name</c> is a property, not a binding; <c>...$name</c> (spread) is a binding.</summary>
        private bool IsPropertyName(int index)
        {
            var k = index - 1;
            while (k >= 0 && char.IsWhiteSpace(code[k])) k--;
            if (k < 0 || code[k] != '.') return false;
            return !(k >= 2 && code[k - 1] == '.' && code[k - 2] == '.');
        }

        private int SkipString(int i, char quote)
        {
            i++;
            while (i < code.Length && code[i] != quote && code[i] != '\n')
                i += code[i] == '\\' ? 2 : 1;
            return Math.Min(i + 1, code.Length);
        }

        /// <summary>Skips template text up to the closing backtick or into a <c>${</c> hole.</summary>
        private int SkipTemplateText(int i, int depth, Stack<int> templateDepths, Action<int, int, bool> onLineStart)
        {
            while (i < code.Length)
            {
                var c = code[i];
                if (c == '\\') { i += 2; continue; }
                if (c == '`') return i + 1;
                if (c == '$' && i + 1 < code.Length && code[i + 1] == '{')
                {
                    templateDepths.Push(depth);
                    return i + 2;
                }
                if (c == '\n') onLineStart(i + 1, depth, true);
                i++;
            }
            return i;
        }

        private int SkipRegex(int i)
        {
            i++;
            var inClass = false;
            while (i < code.Length && code[i] != '\n')
            {
                var c = code[i];
                if (c == '\\') { i += 2; continue; }
                if (c == '[') inClass = true;
                else if (c == ']') inClass = false;
                else if (c == '/' && !inClass) { i++; break; }
                i++;
            }
            while (i < code.Length && char.IsLetter(code[i])) i++;
            return i;
        }
    }
}
