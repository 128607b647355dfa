using System.Collections.Generic;
using System.Text.Json;
using EdgeMirror.Worker.Core.Json;

namespace EdgeMirror.Worker.Core.Config;

/// <summary>Everything the Worker reads from its vars, parsed from plain strings (so it is testable without an
/// Env) once per isolate and var values (Edge/ParsedVars), never per request.</summary>
public sealed record MirrorSettings(
    RegistryTable Registries,
    List<string> Fallbacks,
    int UpstreamTimeoutMs,
    bool HostLabels,
    bool PasswordRequired,
    List<string> Problems,
    // CACHE = "off" turns the edge cache off (every answer relayed, X-Cache: MISS): for diagnosing an
    // upstream, and for tests that observe the relay itself.
    bool CacheEnabled)
{
    public const int DefaultUpstreamTimeoutMs = 30000;

    /// <param name="vars">Looks a var up by name; null when it is not set.</param>
    public static MirrorSettings Parse(VarSource vars)
    {
        var problems = new List<string>();
        var registries = RegistryTable.Create(vars("UPSTREAM"), vars("REGISTRIES"), problems);
        var fallbacks = ParseFallbacks(vars("FALLBACK"), problems);
        var timeout = ParseTimeout(vars("UPSTREAM_TIMEOUT_MS"), problems);
        var hostLabels = IsTrue(vars("HOST_LABELS"));
        var password = vars("MIRROR_PASSWORD");
        var cache = vars("CACHE");
        var cacheEnabled = cache == null || cache.Trim().ToLowerInvariant() != "off";
        return new MirrorSettings(registries, fallbacks, timeout, hostLabels, password != null && password.Length > 0, problems, cacheEnabled);
    }

    private static List<string> ParseFallbacks(string? json, List<string> problems)
    {
        var fallbacks = new List<string>();
        if (json == null || json.Trim().Length == 0) return fallbacks;
        var parsed = JsonValues.Parse(json);
        if (parsed.ValueKind != JsonValueKind.Array)
        {
            problems.Add("FALLBACK is not a JSON array");
            return fallbacks;
        }
        foreach (var item in parsed.EnumerateArray())
        {
            var text = JsonValues.Text(item);
            var url = text != null ? UpstreamUrl.Normalize(text) : null;
            if (url == null) problems.Add("FALLBACK: not an http(s) URL");
            else fallbacks.Add(url);
        }
        return fallbacks;
    }

    private static int ParseTimeout(string? text, List<string> problems)
    {
        if (text == null || text.Trim().Length == 0) return DefaultUpstreamTimeoutMs;
        var value = 0;
        var digits = text.Trim();
        for (var i = 0; i < digits.Length; i++)
        {
            var c = digits[i];
            if (c < '0' || c > '9' || value > 3600000)
            {
                problems.Add("UPSTREAM_TIMEOUT_MS is not a number of milliseconds");
                return DefaultUpstreamTimeoutMs;
            }
            value = value * 10 + (c - '0');
        }
        return value > 0 ? value : DefaultUpstreamTimeoutMs;
    }

    private static bool IsTrue(string? text)
    {
        if (text == null) return false;
        var value = text.Trim().ToLowerInvariant();
        return value == "true" || value == "1" || value == "yes";
    }
}

/// <summary>Reads one var (wrangler.toml [vars] or a secret) by name; null when unset.</summary>
public delegate string? VarSource(string name);
