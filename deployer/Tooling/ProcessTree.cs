using System.Runtime.InteropServices;

namespace EdgeMirror.Deployer.Tooling;

/// <summary>Stops a child and everything it started. wrangler dev starts workerd; signalling wrangler
/// alone can leave workerd running (reparented to init), so the whole tree is collected first.</summary>
public static class ProcessTree
{
    private const int SigInt = 2;
    private const int SigKill = 9;
    private const int SigTerm = 15;

    /// <summary>Ctrl+C to the root first (wrangler then shuts workerd down and deletes a remote tail),
    /// SIGTERM to whatever of the tree is left after half the grace time, SIGKILL after the rest.</summary>
    public static async Task StopAsync(int rootPid, TimeSpan grace)
    {
        var tree = new List<int> { rootPid };
        tree.AddRange(Descendants(rootPid));
        Kill(rootPid, SigInt);
        await WaitAsync(tree, grace / 2);
        foreach (var pid in tree.Where(IsAlive)) Kill(pid, SigTerm);
        await WaitAsync(tree, grace / 2);
        foreach (var pid in tree.Where(IsAlive)) Kill(pid, SigKill);
    }

    private static async Task WaitAsync(List<int> tree, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && tree.Any(IsAlive))
            await Task.Delay(100);
    }

    /// <summary>Children, grandchildren… read from /proc (Linux); empty elsewhere.</summary>
    public static IReadOnlyList<int> Descendants(int rootPid)
    {
        var parentOf = new Dictionary<int, int>();
        if (!Directory.Exists("/proc")) return [];
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            if (ReadParent(pid) is { } parent) parentOf[pid] = parent;
        }
        var result = new List<int>();
        var frontier = new Queue<int>([rootPid]);
        while (frontier.Count > 0)
        {
            var current = frontier.Dequeue();
            foreach (var (pid, parent) in parentOf)
                if (parent == current && !result.Contains(pid))
                {
                    result.Add(pid);
                    frontier.Enqueue(pid);
                }
        }
        return result;
    }

    public static bool IsAlive(int pid)
    {
        // A zombie has exited; only its parent's wait is missing.
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state != "Z" && state != "X";
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return true; }
    }

    private static int? ReadParent(int pid)
    {
        try
        {
            // Format: pid (comm) state ppid …; comm may hold spaces and parentheses, so split after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static void Kill(int pid, int signal)
    {
        if (OperatingSystem.IsWindows())
        {
            try { System.Diagnostics.Process.GetProcessById(pid).Kill(true); } catch (ArgumentException) { }
            return;
        }
        _ = SysKill(pid, signal);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SysKill(int pid, int signal);
}
