using System.Text.Json.Nodes;

namespace EdgeMirror.Deployer.Tests.Infrastructure;

/// <summary>How a deployer run ended: exit code and both streams.</summary>
public sealed record DeployerResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>The one JSON object a --json run writes to stdout.</summary>
    public JsonObject Json => JsonNode.Parse(StandardOutput.Trim())!.AsObject();

    public string AllOutput => StandardOutput + "\n" + StandardError;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}
