using System.Text.Json;

namespace EdgeMirror.Worker.Tests.Security;

/// <summary>The Worker's structured log lines (<c>{"event":"request",…}</c>, <c>{"event":"body-cut",…}</c>) among what wrangler printed.</summary>
public static class LogLines
{
    public static IReadOnlyList<JsonElement> Requests(string output) => Events(output, "request");

    public static IReadOnlyList<JsonElement> Events(string output, string name)
    {
        var lines = new List<JsonElement>();
        foreach (var raw in output.Split('\n'))
        {
            var start = raw.IndexOf("{\"event\":\"" + name + "\"", StringComparison.Ordinal);
            if (start < 0) continue;
            try
            {
                lines.Add(JsonDocument.Parse(raw[start..].Trim()).RootElement.Clone());
            }
            catch (JsonException)
            {
                throw new Xunit.Sdk.XunitException("a request log line is not JSON: " + raw);
            }
        }
        return lines;
    }

    /// <summary>Waits briefly for a log line matching the predicate (wrangler relays output asynchronously).</summary>
    public static Task<JsonElement> WaitFor(Func<string> output, Func<JsonElement, bool> predicate) =>
        WaitForEvent(output, "request", predicate);

    public static async Task<JsonElement> WaitForEvent(Func<string> output, string name, Func<JsonElement, bool> predicate)
    {
        for (var i = 0; i < 50; i++)
        {
            var found = Events(output(), name).Where(predicate).ToList();
            if (found.Count > 0) return found[^1];
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("no matching request log line in:\n" + output());
    }

    public static string? Str(this JsonElement line, string name) =>
        line.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static int? Int(this JsonElement line, string name) =>
        line.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
}
