namespace EdgeMirror.TestSupport;

/// <summary>Linux /proc helpers: a process's descendants, command line and resident memory.</summary>
public static class ProcessTree
{
    public static IReadOnlyList<int> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            var parent = ParentOf(pid);
            if (parent is null) continue;
            if (!children.TryGetValue(parent.Value, out var list)) children[parent.Value] = list = new List<int>();
            list.Add(pid);
        }
        var result = new List<int>();
        var queue = new Queue<int>();
        queue.Enqueue(root);
        while (queue.Count > 0)
            if (children.TryGetValue(queue.Dequeue(), out var list))
                foreach (var child in list)
                {
                    result.Add(child);
                    queue.Enqueue(child);
                }
        return result;
    }

    /// <summary>Kills a process and everything it started (collected first, so reparented children are not missed);
    /// what has already exited is skipped.</summary>
    public static void Kill(int root)
    {
        foreach (var pid in Descendants(root).Prepend(root))
            try { System.Diagnostics.Process.GetProcessById(pid).Kill(); } catch (ArgumentException) { } catch (InvalidOperationException) { }
    }

    public static string CommandLine(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' '); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }

    /// <summary>VmRSS in bytes, or null when the process is gone.</summary>
    public static long? ResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]) * 1024;
        }
        catch (IOException) { }
        return null;
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name is in parentheses and may contain spaces; fields after it are plain.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1]);
        }
        catch (IOException) { return null; }
        catch (FormatException) { return null; }
    }
}
