using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace EdgeMirror.TestSupport;

/// <summary>How to run a Worker module locally.</summary>
/// <param name="ScriptPath">The ES module to run (for the mirror, <see cref="WorkerBundle.Compile"/>'s dist/worker.js).
/// Imports are resolved and bundled by wrangler relative to it.</param>
/// <param name="Vars">Passed as <c>--var KEY:VALUE</c> (the values of wrangler.toml [vars]).</param>
public sealed record WorkerHostOptions(string ScriptPath, IReadOnlyDictionary<string, string>? Vars = null)
{
    /// <summary>Defaults to the repository wrangler.toml's <c>compatibility_date</c>.</summary>
    public string? CompatibilityDate { get; init; }

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>TOML appended to the generated wrangler.toml: bindings such as
    /// <c>[[r2_buckets]]</c> (wrangler dev simulates them locally, state kept in a temporary folder).</summary>
    public string? ExtraConfig { get; init; }
}

/// <summary>A Worker running in real workerd through <c>wrangler dev</c> on 127.0.0.1 and a free port.
/// Start one per test fixture (it takes a few seconds) and share it; Dispose stops wrangler, workerd
/// and every other process they started.
/// <code>
/// await using var host = await WorkerHost.StartMirrorAsync(
///     new Dictionary&lt;string, string&gt; { ["UPSTREAM"] = "http://127.0.0.1:5000" });
/// var response = await host.Client.GetAsync("/v2/");   // or host.BaseAddress for other clients
/// // any other module: WorkerHost.StartAsync(new WorkerHostOptions("path/to/worker.js", vars))
/// </code></summary>
public sealed class WorkerHost : IAsyncDisposable, IDisposable
{
    private static readonly Regex ReadyLine = new(@"Ready on (http://127\.0\.0\.1:\d+)", RegexOptions.Compiled);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _workDir;

    private WorkerHost(Process process, string workDir)
    {
        _process = process;
        _workDir = workDir;
    }

    /// <summary>http://127.0.0.1:N/</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client for <see cref="BaseAddress"/> that does not follow redirects (tests see what the Worker answers).</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Everything wrangler and the Worker printed so far (console.log lines included); put it in assertion messages.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static async Task<WorkerHost> StartAsync(WorkerHostOptions options, CancellationToken cancellationToken = default)
    {
        var script = Path.GetFullPath(options.ScriptPath);
        if (!File.Exists(script)) throw new FileNotFoundException("Worker module not found", script);
        var workDir = Directory.CreateTempSubdirectory("edgemirror-wrangler-").FullName;
        var compatibilityDate = options.CompatibilityDate ?? RepositoryCompatibilityDate();
        // A config of our own: wrangler must not pick up the repository's routes or state.
        File.WriteAllText(Path.Combine(workDir, "wrangler.toml"),
            $"name = \"edgemirror-test\"\nmain = \"{script.Replace("\\", "/")}\"\ncompatibility_date = \"{compatibilityDate}\"\n"
            + (options.ExtraConfig is null ? "" : "\n" + options.ExtraConfig + "\n"));

        var start = new ProcessStartInfo(RepoPaths.Node)
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     RepoPaths.Wrangler, "dev", "--ip", "127.0.0.1", "--port", "0", "--inspector-port", "0",
                     "--show-interactive-dev-session=false", "--log-level", "log",
                 })
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in options.Vars ?? new Dictionary<string, string>())
        {
            start.ArgumentList.Add("--var");
            start.ArgumentList.Add(key + ":" + value);
        }
        start.Environment["WRANGLER_SEND_METRICS"] = "false";
        start.Environment["WRANGLER_HIDE_BANNER"] = "true";
        start.Environment["CLOUDFLARE_CF_FETCH_ENABLED"] = "false";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["FORCE_COLOR"] = "0";
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(workDir, ".config");

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new WorkerHost(process, workDir);
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(string? line)
        {
            if (line is null) return;
            lock (host._output) host._output.AppendLine(line);
            var match = ReadyLine.Match(line);
            if (match.Success) ready.TrySetResult(match.Groups[1].Value);
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("wrangler dev exited before it was ready:\n" + host.Output));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var url = await ready.Task.WaitAsync(options.StartTimeout, cancellationToken);
            host.BaseAddress = new Uri(url + "/");
            host.Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseProxy = false })
            {
                BaseAddress = host.BaseAddress,
                Timeout = TimeSpan.FromSeconds(60),
            };
            return host;
        }
        catch (TimeoutException)
        {
            host.Dispose();
            throw new TimeoutException($"wrangler dev was not ready within {options.StartTimeout}:\n{host.Output}");
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>The mirror itself: worker-src compiled once per test process (<see cref="WorkerBundle.Compile"/>)
    /// and started with these vars (UPSTREAM, REGISTRIES, FALLBACK, UPSTREAM_TIMEOUT_MS…).</summary>
    public static Task<WorkerHost> StartMirrorAsync(IReadOnlyDictionary<string, string>? vars = null, CancellationToken cancellationToken = default) =>
        StartAsync(new WorkerHostOptions(WorkerBundle.Compile(), vars), cancellationToken);

    /// <summary>The pid of the workerd process serving the Worker (for memory measurements).</summary>
    public int? WorkerdProcessId() => ProcessTree.Descendants(_process.Id)
        .FirstOrDefault(pid => ProcessTree.CommandLine(pid).Contains("workerd", StringComparison.Ordinal)
                               && ProcessTree.CommandLine(pid).Contains(" serve", StringComparison.Ordinal));

    /// <summary>The compatibility_date of the repository's wrangler.toml, so tests run what is deployed.</summary>
    public static string RepositoryCompatibilityDate()
    {
        var toml = File.ReadAllText(Path.Combine(RepoPaths.Root, "wrangler.toml"));
        var match = Regex.Match(toml, @"^\s*compatibility_date\s*=\s*""([0-9-]+)""", RegexOptions.Multiline);
        if (!match.Success) throw new InvalidDataException("wrangler.toml has no compatibility_date");
        return match.Groups[1].Value;
    }

    public void Dispose()
    {
        Client?.Dispose();
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        _process.Dispose();
        try { Directory.Delete(_workDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
