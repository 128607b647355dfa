using System.Text.RegularExpressions;
using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Output;
using Spectre.Console;

namespace EdgeMirror.Deployer.Commands;

/// <summary>`secret set NAME`: the value comes from stdin (or a hidden prompt on a terminal) and goes to
/// `wrangler secret put` through a pipe — never onto the command line, into a file or into the output.</summary>
public sealed partial class SecretSetCommand : DeployerCommand<SecretSettings>
{
    protected override async Task<ExitCode> RunAsync(SecretSettings settings, Reporter reporter, CancellationToken cancellation)
    {
        if (!NamePattern().IsMatch(settings.Name))
            throw new DeployerException(ExitCode.Usage, $"\"{settings.Name}\" is not a valid secret name.",
                "Use letters, digits and underscores, starting with a letter or underscore (e.g. UPSTREAM_TOKEN).");
        var project = WorkerProject.Locate();
        var config = project.Config;
        if (config.Vars.ContainsKey(settings.Name))
            reporter.Warn($"wrangler.toml [vars] also defines {settings.Name}; remove it there so the secret is what the Worker sees.");

        var value = await ReadValueAsync(settings.Name, reporter, cancellation);
        if (value.Length == 0)
            throw new DeployerException(ExitCode.Usage, "The secret value is empty.",
                $"Pipe the value in: `printf %s \"$VALUE\" | dotnet run --project deployer -- secret set {settings.Name}`.");

        var wrangler = await project.PrepareWranglerAsync(reporter, cancellation);
        await reporter.StepAsync($"Setting secret {settings.Name} (wrangler secret put)", () =>
            wrangler.RunCheckedAsync(["secret", "put", settings.Name], "wrangler secret put",
                "Check the credentials (`doctor`) and that the Worker was published once (`publish`), then try again.",
                cancellation, standardInput: value));
        reporter.Success($"Secret {settings.Name} set on {config.Name}.");
        reporter.Result(new { worker = config.Name, secret = settings.Name });
        return ExitCode.Success;
    }

    private static async Task<string> ReadValueAsync(string name, Reporter reporter, CancellationToken cancellation)
    {
        if (!Console.IsInputRedirected)
            return reporter.Console.Prompt(new TextPrompt<string>($"Value for {Markup.Escape(name)}:").Secret());
        var text = await Console.In.ReadToEndAsync(cancellation);
        // `echo value | …` adds one newline that is not part of the secret.
        return text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();
}
