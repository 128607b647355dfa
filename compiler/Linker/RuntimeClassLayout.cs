using System.Text;
using System.Text.RegularExpressions;

namespace EdgeMirror.Compiler.Linker;

/// <summary>A runtime class declaration cut into its members, so the linker can leave out the methods a
/// program never names (a <c>$StringBuilder</c> without <c>AppendFormat</c> does not pull in all of
/// composite formatting). Only methods and accessors with plain names can go; fields, computed members
/// (<c>[Symbol.iterator]</c>) and names that JavaScript itself calls always stay.</summary>
public sealed record RuntimeClassLayout(string Text, int BodyStart, int BodyEnd, IReadOnlyList<RuntimeClassLayout.Member> Members)
{
    /// <summary>One member's span of <see cref="Text"/> (whole lines, with the comments above it); Name is
    /// null when the member always stays. A static member is called through its class (<c>$List.$from</c>).</summary>
    public sealed record Member(int Start, int End, string? Name, bool IsStatic = false);

    private static readonly Regex ClassStart = new(@"\Gclass[ \t]+\$[\w$]*[^\n{]*\{[ \t]*\n", RegexOptions.CultureInvariant);

    private static readonly Regex MethodName = new(
        @"^\s*(?:static\s+)?(?:async\s+)?(?:\*\s*)?(?:(?:get|set)\s+(?=[\w$]+\s*\())?(?<name>[A-Za-z_$][\w$]*)\s*\(",
        RegexOptions.CultureInvariant);

    private static readonly Regex StaticMember = new(@"^\s*static\s+(?!\{)", RegexOptions.CultureInvariant);

    private static readonly Regex GeneratorMethod = new(@"^\*\s*(?:\[|[A-Za-z_$][\w$]*\s*\()", RegexOptions.CultureInvariant);

    /// <summary>Names the engine or a host API calls without the program naming them: protocols
    /// (iteration, thenables, JSON, conversion), Proxy traps, stream sources/sinks and Workers handlers.
    /// Runtime classes keep such methods, and the tree shaker keeps program methods so named.</summary>
    public static readonly IReadOnlySet<string> CalledByJavaScript = new HashSet<string>(StringComparer.Ordinal)
    {
        "constructor", "toString", "valueOf", "toJSON", "toLocaleString", "next", "return", "throw", "then", "catch", "finally",
        "get", "set", "has", "deleteProperty", "ownKeys", "getOwnPropertyDescriptor", "defineProperty", "apply", "construct",
        "getPrototypeOf", "setPrototypeOf", "isExtensible", "preventExtensions",
        "start", "pull", "cancel", "write", "close", "abort", "transform", "flush", "handleEvent",
        "message", "name", "stack", "cause", "length",
        // Workers handlers the host calls on objects it is given: module exports, HTMLRewriter element handlers.
        "fetch", "scheduled", "queue", "alarm", "email", "tail", "webSocketMessage", "webSocketClose", "webSocketError",
        "element", "comments", "text", "doctype", "end",
    };

    /// <summary>The layout of a chunk that is one class declaration (after its leading comments), else null.</summary>
    public static RuntimeClassLayout? Of(string text)
    {
        var codeStart = LeadingCommentsEnd(text);
        var header = ClassStart.Match(text, codeStart);
        if (!header.Success || header.Index != codeStart) return null;
        var bodyStart = header.Index + header.Length;
        var lines = RuntimeChunk.LineDepths(text);
        var starts = new List<int>();
        var bodyEnd = -1;
        var pendingComment = -1;
        foreach (var (lineStart, depth, inside) in lines)
        {
            if (lineStart < bodyStart || lineStart >= text.Length || inside || depth != 1) continue;
            var first = FirstNonBlank(text, lineStart);
            if (first < 0) continue;
            var c = text[first];
            if (c == '}') { bodyEnd = lineStart; break; }
            if (c == '/' && first + 1 < text.Length && text[first + 1] is '/' or '*')
            {
                if (pendingComment < 0) pendingComment = lineStart;
                continue;
            }
            // A line that starts with an operator continues the member above, except a generator method (`*name(`, `*[key](`).
            if (c is ')' or ']' or '.' or ',' or '?' or ':' or '+' or '-' or '*' or '&' or '|' or '=' or '>' or '<' && !GeneratorMethod.IsMatch(text.AsSpan(first)))
            {
                pendingComment = -1;
                continue;
            }
            starts.Add(pendingComment >= 0 ? pendingComment : lineStart);
            pendingComment = -1;
        }
        if (bodyEnd < 0 || starts.Count == 0 || starts[0] != bodyStart && text[bodyStart..starts[0]].Trim().Length > 0) return null;
        var members = new List<Member>();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : bodyEnd;
            var code = StripComments(text[starts[i]..end]);
            var match = MethodName.Match(code);
            var name = match.Success && !CalledByJavaScript.Contains(match.Groups["name"].Value) ? match.Groups["name"].Value : null;
            members.Add(new Member(starts[i], end, name, StaticMember.IsMatch(code)));
        }
        return new RuntimeClassLayout(text, bodyStart, bodyEnd, members);
    }

    /// <summary>The class with only the members whose name <paramref name="isNamed"/> accepts (and those that always stay).</summary>
    public string Keeping(Func<string, bool> isNamed) => Keeping(member => isNamed(member.Name!));

    /// <summary>The class with only the named members <paramref name="keeps"/> accepts (and those that always stay).</summary>
    public string Keeping(Func<Member, bool> keeps)
    {
        var text = new StringBuilder(Text.Length);
        text.Append(Text, 0, BodyStart);
        foreach (var member in Members)
            if (member.Name is null || keeps(member)) text.Append(Text, member.Start, member.End - member.Start);
        text.Append(Text, BodyEnd, Text.Length - BodyEnd);
        return text.ToString();
    }

    private static string StripComments(string member) => RuntimeChunk.WithoutComments(member);

    private static int FirstNonBlank(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t' or '\r') at++;
        return at < text.Length && text[at] != '\n' ? at : -1;
    }

    private static int LeadingCommentsEnd(string text)
    {
        var at = 0;
        while (true)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            if (text.AsSpan(at).StartsWith("//"))
            {
                var end = text.IndexOf('\n', at);
                if (end < 0) return text.Length;
                at = end + 1;
            }
            else if (text.AsSpan(at).StartsWith("/*"))
            {
                var end = text.IndexOf("*/", at, StringComparison.Ordinal);
                if (end < 0) return text.Length;
                at = end + 2;
            }
            else return at;
        }
    }
}
