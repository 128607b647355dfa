namespace EdgeMirror.Bench.Compiler;

/// <summary>Replaces one "## Heading" section of a Markdown file, leaving every other section alone.</summary>
public static class ReadmeSection
{
    public static void Write(string path, string heading, string body)
    {
        var lines = File.Exists(path) ? File.ReadAllLines(path).ToList() : ["# Benchmarks", ""];
        var title = "## " + heading;
        var start = lines.FindIndex(l => l.Trim() == title);
        var section = new List<string> { title, "" };
        section.AddRange(body.TrimEnd().Split('\n'));
        section.Add("");
        if (start < 0)
        {
            if (lines.Count > 0 && lines[^1].Length > 0) lines.Add("");
            lines.AddRange(section);
        }
        else
        {
            var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            if (end < 0) end = lines.Count;
            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, section);
        }
        File.WriteAllText(path, string.Join("\n", lines).TrimEnd() + "\n");
    }
}
