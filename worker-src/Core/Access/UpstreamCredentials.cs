using System.Collections.Generic;
using EdgeMirror.Worker.Core.Json;

namespace EdgeMirror.Worker.Core.Access;

/// <summary>The secret <c>UPSTREAM_CREDENTIALS</c>: a JSON object, registry name → <c>"user:token"</c>, e.g.
/// <c>{"docker.io":"alice:dckr_pat_…","ghcr.io":"alice:ghp_…"}</c>. The mirror sends them (Basic) to that
/// registry's token service when it fetches upstream tokens itself, so pulls count against the account,
/// not against anonymous limits. The values never reach a client or a log line.</summary>
public sealed class UpstreamCredentials
{
    private readonly Dictionary<string, BasicCredentials> _byRegistry;

    private UpstreamCredentials(Dictionary<string, BasicCredentials> byRegistry) => _byRegistry = byRegistry;

    public int Count => _byRegistry.Count;

    public static UpstreamCredentials Parse(string? json, List<string> problems)
    {
        var byRegistry = new Dictionary<string, BasicCredentials>();
        if (json == null || json.Trim().Length == 0) return new UpstreamCredentials(byRegistry);
        var members = JsonValues.TextMembers(json);
        if (members == null)
        {
            // Never echo the value: it is a secret.
            problems.Add("UPSTREAM_CREDENTIALS is not a JSON object");
            return new UpstreamCredentials(byRegistry);
        }
        foreach (var member in members)
        {
            var registry = member.Key.Trim().ToLowerInvariant();
            var text = member.Value ?? "";
            var colon = text.IndexOf(':');
            if (colon <= 0 || colon == text.Length - 1)
                problems.Add("UPSTREAM_CREDENTIALS: the value for " + member.Key + " is not \"user:token\"");
            else
                byRegistry[registry] = new BasicCredentials(text.Substring(0, colon), text.Substring(colon + 1));
        }
        return new UpstreamCredentials(byRegistry);
    }

    public BasicCredentials? For(string registry)
    {
        // Asked on every relayed request; most mirrors have no credentials, and a lookup hashes the name.
        if (_byRegistry.Count == 0) return null;
        BasicCredentials? found;
        return _byRegistry.TryGetValue(registry, out found) ? found : null;
    }
}
