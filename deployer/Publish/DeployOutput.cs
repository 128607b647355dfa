using System.Text.Json.Nodes;

namespace EdgeMirror.Deployer.Publish;

/// <summary>What wrangler reports about a deploy through WRANGLER_OUTPUT_FILE_PATH (one JSON object per
/// line; the "deploy" entry carries the version id and the targets).</summary>
public sealed record DeployOutput(string? VersionId, IReadOnlyList<string> Targets)
{
    public static DeployOutput Read(string path)
    {
        if (!File.Exists(path)) return new DeployOutput(null, []);
        foreach (var line in File.ReadLines(path).Reverse())
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonNode? entry;
            try { entry = JsonNode.Parse(line); } catch (System.Text.Json.JsonException) { continue; }
            if (entry?["type"]?.GetValue<string>() != "deploy") continue;
            var targets = entry["targets"] is JsonArray array
                ? array.Select(t => t?.GetValue<string>()).OfType<string>().ToArray()
                : [];
            return new DeployOutput(entry["version_id"]?.GetValue<string>(), targets);
        }
        return new DeployOutput(null, []);
    }
}
