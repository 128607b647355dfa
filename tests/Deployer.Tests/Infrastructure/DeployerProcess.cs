using System.Text;
using CliWrap;
using CliWrap.Buffered;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Deployer.Tests.Infrastructure;

/// <summary>Runs the built deployer (the same assembly `dotnet run --project deployer` runs) as a child
/// process in a <see cref="TempProject"/>, with an environment the test controls entirely for the
/// variables the deployer and wrangler read.</summary>
public static class DeployerProcess
{
    /// <summary>Variables from the test runner's own environment that must not reach the child.</summary>
    private static readonly string[] Scrubbed =
    [
        "CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID", "CLOUDFLARE_API_BASE_URL", "CLOUDFLARE_API_KEY", "CLOUDFLARE_EMAIL",
        "GITHUB_TOKEN", "GITHUB_API_URL", "EDGEMIRROR_ROOT", "EDGEMIRROR_VERIFY_ORIGIN", "EDGEMIRROR_VERIFY_TIMEOUT", "NO_COLOR",
    ];

    public static string Assembly => typeof(EdgeMirror.Deployer.CommandLine.DeployerApp).Assembly.Location;

    public static Command Command(TempProject project, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?>();
        foreach (var name in Scrubbed) variables[name] = null;
        variables["EDGEMIRROR_NODE"] = RepoPaths.Node;
        variables["XDG_CONFIG_HOME"] = project.ConfigHome;
        variables["WRANGLER_SEND_METRICS"] = "false";
        variables["WRANGLER_HIDE_BANNER"] = "true";
        variables["CLOUDFLARE_CF_FETCH_ENABLED"] = "false";
        variables["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>()) variables[key] = value;
        return Cli.Wrap("dotnet")
            .WithArguments(["exec", Assembly, .. arguments])
            .WithWorkingDirectory(project.Root)
            .WithEnvironmentVariables(variables)
            .WithValidation(CommandResultValidation.None);
    }

    public static async Task<DeployerResult> RunAsync(TempProject project, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null, string? standardInput = null, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        var command = Command(project, arguments, environment);
        if (standardInput is not null) command = command.WithStandardInputPipe(PipeSource.FromString(standardInput, Encoding.UTF8));
        var result = await command.ExecuteBufferedAsync(cancel.Token);
        return new DeployerResult(result.ExitCode, result.StandardOutput, result.StandardError);
    }
}
