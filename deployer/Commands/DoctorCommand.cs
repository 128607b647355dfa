using CliWrap;
using CliWrap.Buffered;
using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Cloudflare;
using EdgeMirror.Deployer.Config;
using EdgeMirror.Deployer.Output;
using EdgeMirror.Deployer.Project;
using EdgeMirror.Deployer.Tooling;
using Spectre.Console;

namespace EdgeMirror.Deployer.Commands;

/// <summary>`doctor`: node, npm, wrangler, credentials, wrangler.toml and the build, each problem with its
/// fix. Changes nothing (it does not install node or run npm ci). Exit 0 when all is well, 1 otherwise.</summary>
public sealed class DoctorCommand : DeployerCommand<GlobalSettings>
{
    private static readonly DateOnly MinimumCompatibilityDate = new(2025, 9, 1);

    protected override async Task<ExitCode> RunAsync(GlobalSettings settings, Reporter reporter, CancellationToken cancellation)
    {
        var layout = ProjectLayout.Locate();
        var checks = new List<DoctorCheck>
        {
            new(".NET", true, $".NET {Environment.Version}"),
            await CheckNodeAsync(layout, cancellation),
            ExecutableFinder.Find("npm") is { } npm ? new("npm", true, npm)
                : new("npm", false, "npm is not on PATH", "Install npm (e.g. `apt-get install npm`): it installs wrangler and, if needed, Node 22."),
            CheckWrangler(layout, reporter),
        };
        checks.AddRange(CheckConfig(layout));
        checks.Add(await CheckCredentialsAsync(cancellation));
        checks.Add(File.Exists(layout.WorkerJs)
            ? new("build", true, $"dist/worker.js ({new FileInfo(layout.WorkerJs).Length} bytes, {File.GetLastWriteTimeUtc(layout.WorkerJs):u})")
            : new("build", false, "dist/worker.js does not exist yet", "Run `dotnet run --project deployer -- build`."));

        foreach (var check in checks)
        {
            reporter.Console.MarkupLine((check.Ok ? "[green]✓[/] " : "[red]✗[/] ") + $"[bold]{Markup.Escape(check.Name)}[/]: {Markup.Escape(check.Detail)}");
            if (check.Fix is { } fix && !check.Ok) reporter.Console.MarkupLine("    [bold]Fix:[/] " + Markup.Escape(fix));
        }
        var problems = checks.Count(c => !c.Ok);
        reporter.Info(problems == 0 ? "All good." : $"{problems} problem(s) found.");
        reporter.Result(new { healthy = problems == 0, checks }, ok: problems == 0);
        return problems == 0 ? ExitCode.Success : ExitCode.Failed;
    }

    private static async Task<DoctorCheck> CheckNodeAsync(ProjectLayout layout, CancellationToken cancellation)
    {
        var candidates = new List<(string Path, string Origin)>();
        if (Environment.GetEnvironmentVariable("EDGEMIRROR_NODE") is { Length: > 0 } fromEnv) candidates.Add((fromEnv, "EDGEMIRROR_NODE"));
        if (ExecutableFinder.Find("node") is { } system) candidates.Add((system, "system"));
        candidates.Add((NodeLocator.LocalExecutableIn(layout), "project-local"));
        var seen = new List<string>();
        foreach (var (path, origin) in candidates)
        {
            if (!File.Exists(path)) continue;
            var result = await Cli.Wrap(path).WithArguments(["--version"]).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellation);
            var version = NodeRuntime.ParseVersion(result.StandardOutput);
            seen.Add($"{origin} {version}");
            if (version is not null && version >= NodeRuntime.Minimum)
                return new DoctorCheck("node", true, $"{origin} node {version} at {path}");
        }
        return new DoctorCheck("node", false,
            $"no node ≥ {NodeRuntime.Minimum} ({(seen.Count == 0 ? "none found" : string.Join(", ", seen))})",
            "Any command that needs wrangler installs Node into .tools/node by itself (needs npm); or install Node ≥ 22.12 yourself.");
    }

    private static DoctorCheck CheckWrangler(ProjectLayout layout, Reporter reporter)
    {
        var npm = new NpmDependencies(layout, reporter);
        var installed = npm.InstalledWranglerVersion();
        if (installed is null)
            return new("wrangler", false, "not installed (node_modules/wrangler missing)", "Run `npm ci` in the checkout (any deployer command does it for you).");
        return npm.UpToDate()
            ? new("wrangler", true, $"wrangler {installed}")
            : new("wrangler", false, $"wrangler {installed} installed, package-lock.json pins {npm.LockedWranglerVersion()}", "Run `npm ci`.");
    }

    private static IEnumerable<DoctorCheck> CheckConfig(ProjectLayout layout)
    {
        WranglerConfig config;
        try
        {
            config = WranglerConfig.Load(layout.WranglerToml);
        }
        catch (DeployerException e)
        {
            return [new("wrangler.toml", false, e.Message, e.Fix)];
        }
        var checks = new List<DoctorCheck>();
        checks.Add(config.Name is { Length: > 0 } name ? new("config name", true, name)
            : new("config name", false, "wrangler.toml has no name", "Add name = \"edgemirror\"."));
        checks.Add(config.Main == "dist/worker.js" ? new("config main", true, "dist/worker.js")
            : new("config main", false, $"main = {config.Main ?? "(missing)"}", "Set main = \"dist/worker.js\" (what `build` writes)."));
        checks.Add(DateOnly.TryParse(config.CompatibilityDate, out var date) && date >= MinimumCompatibilityDate
            ? new("compatibility_date", true, date.ToString("yyyy-MM-dd"))
            : new("compatibility_date", false, $"{config.CompatibilityDate ?? "(missing)"} is before 2025-09-01",
                "Set compatibility_date = \"2025-09-01\" or later: from then on fetch() drops Authorization on cross-host redirects."));
        var secretLooking = config.Vars.Keys.Where(k => k.Contains("TOKEN") || k.Contains("SECRET") || k.Contains("PASSWORD")).ToArray();
        checks.Add(secretLooking.Length == 0 ? new("vars", true, string.Join(", ", config.Vars.Keys))
            : new("vars", false, $"[vars] holds what looks like a secret: {string.Join(", ", secretLooking)}",
                "Remove it from wrangler.toml and set it with `secret set NAME` (value on stdin)."));
        checks.Add(config.CustomDomains.Count > 0 || config.WorkersDev
            ? new("domains", true, config.CustomDomains.Count > 0 ? string.Join(", ", config.CustomDomains) : "workers.dev only")
            : new("domains", false, "no custom domain configured", "Publish with `publish --domain hub.example.com`."));
        return checks;
    }

    private static async Task<DoctorCheck> CheckCredentialsAsync(CancellationToken cancellation)
    {
        if (Environment.GetEnvironmentVariable("CLOUDFLARE_API_TOKEN") is not { Length: > 0 } token)
            return new("credentials", false, "CLOUDFLARE_API_TOKEN is not set",
                "Create an API token (dash.cloudflare.com → My Profile → API Tokens) and export CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID; or run `npx wrangler login`.");
        var accountId = Environment.GetEnvironmentVariable("CLOUDFLARE_ACCOUNT_ID");
        using var api = new CloudflareApi(new CloudflareCredentials(token, accountId, CloudflareCredentials.ApiBaseFromEnvironment()));
        try
        {
            var status = await api.GetAsync<TokenStatus>("user/tokens/verify", cancellation);
            if (status.Status != "active")
                return new("credentials", false, $"the API token is {status.Status}", "Create a new token and export CLOUDFLARE_API_TOKEN.");
            return accountId is { Length: > 0 }
                ? new("credentials", true, $"token active, account {accountId}")
                : new("credentials", false, "token active, CLOUDFLARE_ACCOUNT_ID not set", "export CLOUDFLARE_ACCOUNT_ID=<account id> (dash → Workers & Pages → Account ID).");
        }
        catch (DeployerException e)
        {
            return new("credentials", false, e.Message, e.Fix);
        }
        catch (CloudflareApiException e)
        {
            return new("credentials", false, e.Message, "Check CLOUDFLARE_API_TOKEN and CLOUDFLARE_API_BASE_URL.");
        }
    }
}
