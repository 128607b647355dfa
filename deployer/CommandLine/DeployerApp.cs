using EdgeMirror.Deployer.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EdgeMirror.Deployer.CommandLine;

/// <summary>The command tree. One command per file under Commands/.</summary>
public static class DeployerApp
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellation)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("dotnet run --project deployer --");
            config.PropagateExceptions();
            // A misspelt option is an error, not something to ignore silently.
            config.UseStrictParsing();
            config.AddCommand<BuildCommand>("build")
                .WithDescription("Compile worker-src to dist/worker.js (+ map), check the bundle with wrangler, print its size.");
            config.AddCommand<DevCommand>("dev")
                .WithDescription("Build and run the Worker locally in workerd on 127.0.0.1 until Ctrl+C.")
                .WithExample("dev", "--port", "8787", "--var", "UPSTREAM=http://127.0.0.1:5000");
            config.AddCommand<PublishCommand>("publish")
                .WithDescription("Build, deploy with wrangler and bind the custom domain; then check the live /v2/.")
                .WithExample("publish", "--domain", "hub.example.com");
            config.AddBranch("domain", domain =>
            {
                domain.SetDescription("The Worker's custom domains.");
                domain.AddCommand<DomainListCommand>("list").WithDescription("List the custom domains (Cloudflare and wrangler.toml).");
                domain.AddCommand<DomainAddCommand>("add").WithDescription("Check, record in wrangler.toml and bind a custom domain.");
                domain.AddCommand<DomainRemoveCommand>("remove").WithDescription("Detach a custom domain and drop it from wrangler.toml.");
            });
            config.AddBranch("secret", secret =>
            {
                secret.SetDescription("Worker secrets (never in wrangler.toml).");
                secret.AddCommand<SecretSetCommand>("set").WithDescription("Set secret NAME to the value read from stdin.");
            });
            config.AddCommand<TailCommand>("tail").WithDescription("Stream the live Worker's logs until Ctrl+C.");
            config.AddCommand<RollbackCommand>("rollback").WithDescription("Deploy an earlier version again.");
            config.AddCommand<StatusCommand>("status").WithDescription("Show the live deployment, recent versions and custom domains.");
            config.AddCommand<DoctorCommand>("doctor").WithDescription("Check node, npm, wrangler, credentials and wrangler.toml; print each fix.");
            config.AddCommand<NginxCommand>("nginx")
                .WithDescription("Write the nginx front: Docker Hub first, this Worker on 429.")
                .WithExample("nginx", "--domain", "hub.example.com", "--fallback", "edge.example.com", "-o", "/etc/nginx/conf.d/edgemirror.conf");
            config.AddCommand<ReleaseCommand>("release")
                .WithDescription("Create or update a GitHub release carrying worker.js, its map and the page.")
                .WithExample("release", "--repo", "owner/edgemirror", "--tag", "v1.0.0");
        });
        try
        {
            return await app.RunAsync(args, cancellation);
        }
        catch (CommandAppException error)
        {
            // Bad command lines: say so plainly, point at --help, exit 2.
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.MarkupLine("[red]✗[/] " + Markup.Escape(error.Message));
            console.MarkupLine("  [bold]Next:[/] run with --help to see the commands and their options.");
            return (int)ExitCode.Usage;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A bug or an environment we did not foresee: still one line saying what happened, one saying what next.
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.MarkupLine("[red]✗[/] Unexpected error: " + Markup.Escape($"{error.GetType().Name}: {error.Message}"));
            console.MarkupLine("  [bold]Next:[/] run `dotnet run --project deployer -- doctor`; if it finds nothing, report this with the output above.");
            return (int)ExitCode.Failed;
        }
    }
}
