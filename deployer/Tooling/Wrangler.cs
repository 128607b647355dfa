using System.Text;
using System.Text.RegularExpressions;
using CliWrap;
using CliWrap.Buffered;
using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Output;
using EdgeMirror.Deployer.Project;

namespace EdgeMirror.Deployer.Tooling;

/// <summary>Runs the pinned wrangler with a new-enough node, in the project root. The environment is
/// inherited as it is, so CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_BASE_URL
/// reach wrangler untouched.</summary>
public sealed partial class Wrangler(ProjectLayout layout, NodeRuntime node)
{
    public NodeRuntime Node { get; } = node;

    /// <summary>npm ci if node_modules is stale, a node ≥ 22.12 (provisioned if need be), then wrangler.</summary>
    public static async Task<Wrangler> PrepareAsync(ProjectLayout layout, Reporter reporter, CancellationToken cancellation)
    {
        await new NpmDependencies(layout, reporter).EnsureAsync(cancellation);
        var node = await new NodeLocator(layout, reporter).EnsureAsync(cancellation);
        return new Wrangler(layout, node);
    }

    public Command Command(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var command = Cli.Wrap(Node.Executable)
            .WithArguments([layout.WranglerScript, .. arguments])
            .WithWorkingDirectory(layout.Root)
            .WithValidation(CommandResultValidation.None);
        return environment is null ? command : command.WithEnvironmentVariables(environment);
    }

    /// <summary>Stops a long-running wrangler (dev, tail) with everything it started, and collects its exit.</summary>
    public static async Task StopAsync(CommandTask<CommandResult> running)
    {
        await ProcessTree.StopAsync(running.ProcessId, TimeSpan.FromSeconds(5));
        try { await running; } catch (Exception e) when (e is OperationCanceledException or CliWrap.Exceptions.CommandExecutionException) { }
    }

    public async Task<BufferedCommandResult> RunAsync(IEnumerable<string> arguments, CancellationToken cancellation,
        IReadOnlyDictionary<string, string?>? environment = null, string? standardInput = null)
    {
        var command = Command(arguments, environment);
        if (standardInput is not null) command = command.WithStandardInputPipe(PipeSource.FromString(standardInput));
        return await command.ExecuteBufferedAsync(cancellation);
    }

    /// <summary>Runs wrangler and throws with its own error text when it fails.</summary>
    public async Task<BufferedCommandResult> RunCheckedAsync(IEnumerable<string> arguments, string what, string fix,
        CancellationToken cancellation, IReadOnlyDictionary<string, string?>? environment = null, string? standardInput = null)
    {
        var result = await RunAsync(arguments, cancellation, environment, standardInput);
        if (result.ExitCode != 0)
            throw new DeployerException(ExitCode.Failed, $"{what} failed (wrangler exit {result.ExitCode}): {ErrorText(result)}", fix);
        return result;
    }

    /// <summary>wrangler's "✘ [ERROR] …" block (or its last lines), without colour codes.</summary>
    public static string ErrorText(BufferedCommandResult result)
    {
        var text = StripAnsi(result.StandardError + "\n" + result.StandardOutput);
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToList();
        var start = lines.FindIndex(l => l.Contains("[ERROR]", StringComparison.Ordinal));
        var relevant = start >= 0 ? lines.Skip(start).TakeWhile((l, i) => i == 0 || !l.Contains("Logs were written")) : lines.TakeLast(12);
        var joined = new StringBuilder();
        foreach (var line in relevant.Where(l => l.Length > 0 && !l.Contains("please create an issue"))) joined.AppendLine(line.Trim());
        return joined.ToString().Trim();
    }

    public static string StripAnsi(string text) => AnsiEscape().Replace(text, "");

    [GeneratedRegex(@"\x1B\[[0-9;?]*[ -/]*[@-~]")]
    private static partial Regex AnsiEscape();
}
