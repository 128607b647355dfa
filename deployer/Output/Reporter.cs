using System.Text.Json;
using System.Text.Json.Serialization;
using EdgeMirror.Deployer.CommandLine;
using Spectre.Console;

namespace EdgeMirror.Deployer.Output;

/// <summary>Everything a command tells the user. Human text goes to stdout (stderr with --json, so
/// stdout carries exactly one JSON object); colour and spinners only when that stream is a terminal.</summary>
public sealed class Reporter
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        // Scripts read this; keep "→" and quotes readable rather than \u-escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TextWriter _stdout;

    private Reporter(bool json, IAnsiConsole console, TextWriter stdout)
    {
        Json = json;
        Console = console;
        _stdout = stdout;
    }

    public bool Json { get; }

    /// <summary>The human-facing console (stderr in --json mode).</summary>
    public IAnsiConsole Console { get; }

    public bool Interactive => Console.Profile.Capabilities.Interactive;

    public static Reporter Create(bool json)
    {
        var humanStream = json ? System.Console.Error : System.Console.Out;
        var redirected = json ? System.Console.IsErrorRedirected : System.Console.IsOutputRedirected;
        var plain = redirected || Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(humanStream),
        });
        // Scripts read our lines whole: never wrap them at an imagined 80 columns.
        if (redirected) console.Profile.Width = 4096;
        return new Reporter(json, console, System.Console.Out);
    }

    public void Info(string text) => Console.MarkupLine(Markup.Escape(text));

    public void Detail(string text) => Console.MarkupLine("[grey]" + Markup.Escape(text) + "[/]");

    public void Success(string text) => Console.MarkupLine("[green]✓[/] " + Markup.Escape(text));

    public void Warn(string text) => Console.MarkupLine("[yellow]![/] " + Markup.Escape(text));

    /// <summary>Runs a long step under a spinner (on a terminal) or after a one-line notice.</summary>
    public async Task<T> StepAsync<T>(string title, Func<Task<T>> work)
    {
        if (!Interactive)
        {
            Console.MarkupLine("[grey]…[/] " + Markup.Escape(title));
            return await work();
        }
        return await Console.Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(title), _ => work());
    }

    public Task StepAsync(string title, Func<Task> work) =>
        StepAsync(title, async () => { await work(); return true; });

    /// <summary>The outcome of a successful command, for --json (human output was already written).</summary>
    public void Result(object payload, bool ok = true)
    {
        if (!Json) return;
        var node = JsonSerializer.SerializeToNode(payload, payload.GetType(), JsonOptions)!.AsObject();
        node.Insert(0, "ok", ok);
        _stdout.WriteLine(node.ToJsonString(JsonOptions));
    }

    public void Failure(DeployerException error)
    {
        Console.MarkupLine("[red]✗[/] " + Markup.Escape(error.Message));
        Console.MarkupLine("  [bold]Next:[/] " + Markup.Escape(error.Fix));
        if (Json)
            _stdout.WriteLine(JsonSerializer.Serialize(
                new { ok = false, error = error.Message, fix = error.Fix, exitCode = (int)error.ExitCode }, JsonOptions));
    }
}
