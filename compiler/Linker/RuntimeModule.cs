using System.Text.RegularExpressions;

namespace EdgeMirror.Compiler.Linker;

/// <summary>One runtime helper file, ready to inline: its code with <c>import</c> lines removed and
/// <c>export</c> keywords stripped, the runtime files it imports, the <c>$names</c> it declares at top
/// level and which of those it exports.</summary>
public sealed record RuntimeModule(string FileName, string Code, IReadOnlyList<string> Imports, IReadOnlySet<string> Declares, IReadOnlySet<string> Exports)
{
    // import { $a, $b } from "./x.mjs";   (also across lines, and bare `import "./x.mjs";`)
    private static readonly Regex ImportStatement = new(
        @"^[ \t]*import\s*(?:\{[^}]*\}\s*from\s*)?[""']\./(?<file>[^""']+)[""'][ \t]*;?[ \t]*\r?\n?",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // export { $a, $b };
    private static readonly Regex ExportList = new(
        @"^[ \t]*export\s*\{(?<names>[^}]*)\}[ \t]*;?[ \t]*\r?\n?",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // export function $a / export class $A / export const $a …: keep the declaration, drop `export`.
    private static readonly Regex ExportKeyword = new(
        @"^export[ \t]+(?=(?:async[ \t]+)?(?:function|class|const|let|var)\b)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // Top-level declarations (at column 0) of `$` names, exported or not.
    private static readonly Regex TopLevelDeclaration = new(
        @"^(?:export[ \t]+)?(?:async[ \t]+)?(?:function[ \t]*\*?|class|const|let|var)[ \t]*(?<name>\$[\w$]*)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly Regex ForeignImport = new(@"^[ \t]*import[\s{*]", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static RuntimeModule Parse(string fileName, string source)
    {
        var imports = ImportStatement.Matches(source).Select(m => m.Groups["file"].Value).Distinct().ToArray();
        var code = ImportStatement.Replace(source, "");
        if (ForeignImport.Match(code) is { Success: true } foreign)
            throw new InvalidDataException($"runtime/{fileName}: only `import {{ … }} from \"./file.mjs\"` is allowed, found: {LineAt(code, foreign.Index)}");
        if (Regex.IsMatch(code, @"^[ \t]*export[ \t]+default\b", RegexOptions.Multiline))
            throw new InvalidDataException($"runtime/{fileName}: `export default` cannot be inlined; export named `$` declarations");

        var declares = new HashSet<string>(StringComparer.Ordinal);
        var exports = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in TopLevelDeclaration.Matches(code))
        {
            declares.Add(m.Groups["name"].Value);
            if (m.Value.StartsWith("export", StringComparison.Ordinal)) exports.Add(m.Groups["name"].Value);
        }

        var aliases = new List<string>();
        code = ExportList.Replace(code, m =>
        {
            foreach (var entry in m.Groups["names"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // `export { $a as $b }` renames: inlined, that is one more binding.
                var parts = Regex.Split(entry, @"\s+as\s+");
                if (parts.Length == 2)
                {
                    declares.Add(parts[1]);
                    exports.Add(parts[1]);
                    aliases.Add($"const {parts[1]} = {parts[0]};");
                }
                else exports.Add(parts[0]);
            }
            return "";
        });
        code = ExportKeyword.Replace(code, "");
        if (aliases.Count > 0) code = code.TrimEnd() + "\n" + string.Join("\n", aliases) + "\n";
        return new RuntimeModule(fileName, code.Trim('\n', '\r') + "\n", imports, declares, exports);
    }

    /// <summary>This module with a private top-level name renamed, so that two files' helpers of the same
    /// name can be inlined side by side (a module may not declare one name twice).</summary>
    public RuntimeModule RenamePrivate(string name, string newName)
    {
        if (Exports.Contains(name)) throw new InvalidOperationException($"{name} is exported by {FileName}; only private names are renamed");
        var pattern = new Regex(@"(?<![\w$.])" + Regex.Escape(name) + @"(?![\w$])", RegexOptions.CultureInvariant);
        var declares = Declares.Select(d => d == name ? newName : d).ToHashSet(StringComparer.Ordinal);
        return this with { Code = pattern.Replace(Code, newName), Declares = declares };
    }

    private static string LineAt(string text, int index)
    {
        var end = text.IndexOf('\n', index);
        return text[index..(end < 0 ? text.Length : end)].Trim();
    }
}
