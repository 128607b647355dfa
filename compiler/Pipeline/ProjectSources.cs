using System.Xml.Linq;

namespace EdgeMirror.Compiler.Pipeline;

/// <summary>The C# files of a project, found the way the .NET SDK finds them but without loading
/// MSBuild: every **/*.cs below the project folder except bin/, obj/ and hidden folders, then the
/// project's &lt;Compile Remove/Include/Exclude&gt; items in document order. Items whose paths use
/// MSBuild properties or that carry a Condition cannot be evaluated here and are skipped.</summary>
public static class ProjectSources
{
    public static IReadOnlyList<SourceText> Read(string csprojPath)
    {
        var projectFile = Path.GetFullPath(csprojPath);
        if (!File.Exists(projectFile)) throw new FileNotFoundException($"project file not found: {csprojPath}", csprojPath);
        var projectDir = Path.GetDirectoryName(projectFile)!;
        var project = XDocument.Load(projectFile).Root ?? throw new InvalidDataException($"{csprojPath} is empty");

        var files = new List<string>();
        if (!DefaultItemsDisabled(project))
            files.AddRange(Glob.Parse(projectDir, "**/*.cs").Files().Where(f => !IsDefaultExcluded(projectDir, f)));

        foreach (var item in project.Descendants().Where(e => e.Name.LocalName == "Compile"))
        {
            if (item.Attribute("Condition") is not null || item.Parent?.Attribute("Condition") is not null) continue;
            if (Attr(item, "Remove") is { } remove)
            {
                var globs = Patterns(projectDir, remove);
                files.RemoveAll(f => globs.Any(g => g.IsMatch(f)));
            }
            if (Attr(item, "Include") is { } include)
            {
                var excludes = Attr(item, "Exclude") is { } exclude ? Patterns(projectDir, exclude) : [];
                files.AddRange(Patterns(projectDir, include)
                    .SelectMany(g => g.Files())
                    .Where(f => !excludes.Any(g => g.IsMatch(f))));
            }
        }

        return files
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(f => new SourceText(f, File.ReadAllText(f)))
            .ToArray();
    }

    private static string? Attr(XElement item, string name) => item.Attribute(name)?.Value;

    private static bool DefaultItemsDisabled(XElement project) =>
        project.Descendants().Any(e =>
            e.Name.LocalName is "EnableDefaultCompileItems" or "EnableDefaultItems"
            && e.Attribute("Condition") is null
            && string.Equals(e.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase));

    private static bool IsDefaultExcluded(string projectDir, string file)
    {
        var relative = Path.GetRelativePath(projectDir, file).Replace('\\', '/');
        var folders = relative.Split('/')[..^1];
        return folders.Length > 0 && (folders[0] is "bin" or "obj" || folders.Any(f => f.StartsWith('.')));
    }

    private static Glob[] Patterns(string projectDir, string list) =>
        list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => !p.Contains("$(") && !p.Contains("@(") && !p.Contains("%("))
            .Select(p => Glob.Parse(projectDir, p))
            .ToArray();
}
