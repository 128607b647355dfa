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
            config.AddCommand<BuildCommand>("build")
                .WithDescription("Compile worker-src to dist/worker.js (+ map), check the bundle with wrangler, print its size.");
            config.AddCommand<DevCommand>("dev")
                .WithDescription("Build and run the Worker locally in workerd on 127.0.0.1 until Ctrl+C.")
                .WithExample("dev", "--port", "8787", "--var", "UPSTREAM=http://127.0.0.1:5000");
            config.AddCommand<PublishCommand>("publish")
                .WithDescription("Build, deploy with wrangler and bind the custom domain; then check the live /v2/.")
                .WithExample("publish", "--domain", "hub.example.com");
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
    }
}
