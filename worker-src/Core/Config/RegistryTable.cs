using System.Collections.Generic;
using EdgeMirror.Worker.Core.Json;

namespace EdgeMirror.Worker.Core.Config;

/// <summary>The registries the mirror serves: the built-in set, Docker Hub's upstream from
/// <c>UPSTREAM</c>, then additions and overrides from the <c>REGISTRIES</c> JSON object.</summary>
public sealed class RegistryTable
{
    public const string DockerHub = "docker.io";
    public const string DockerHubUpstream = "https://registry-1.docker.io";

    // name, host label, upstream — the registries every client can use without configuration.
    private static readonly string[][] BuiltIns =
    {
        new[] { "docker.io", "docker", DockerHubUpstream },
        new[] { "ghcr.io", "ghcr", "https://ghcr.io" },
        new[] { "quay.io", "quay", "https://quay.io" },
        new[] { "gcr.io", "gcr", "https://gcr.io" },
        new[] { "registry.k8s.io", "k8s", "https://registry.k8s.io" },
        new[] { "nvcr.io", "nvcr", "https://nvcr.io" },
        new[] { "mcr.microsoft.com", "mcr", "https://mcr.microsoft.com" },
        new[] { "public.ecr.aws", "ecr", "https://public.ecr.aws" },
        new[] { "docker.elastic.co", "elastic", "https://docker.elastic.co" },
    };

    private readonly List<RegistryEntry> _entries;

    private RegistryTable(List<RegistryEntry> entries) => _entries = entries;

    /// <summary>Default first, then the others in the order they were configured.</summary>
    public List<RegistryEntry> Entries => _entries;

    public RegistryEntry Default => _entries[0];

    /// <summary>Builds the table; problems in the vars are reported in <paramref name="problems"/>
    /// and the offending entries skipped, so a typo never takes the whole mirror down.</summary>
    public static RegistryTable Create(string? upstream, string? registriesJson, List<string> problems)
    {
        var entries = new List<RegistryEntry>();
        foreach (var builtIn in BuiltIns)
        {
            var name = builtIn[0];
            entries.Add(new RegistryEntry(name, builtIn[1], builtIn[2], name == DockerHub));
        }

        if (upstream != null && upstream.Trim().Length > 0)
        {
            var normalized = UpstreamUrl.Normalize(upstream);
            if (normalized == null) problems.Add("UPSTREAM is not an http(s) URL: " + upstream);
            else Put(entries, DockerHub, normalized);
        }

        if (registriesJson != null && registriesJson.Trim().Length > 0)
        {
            var members = JsonValues.TextMembers(registriesJson);
            if (members == null)
                problems.Add("REGISTRIES is not a JSON object");
            else
                foreach (var member in members)
                {
                    var name = member.Key.Trim().ToLowerInvariant();
                    var url = member.Value != null ? UpstreamUrl.Normalize(member.Value) : null;
                    if (!IsRegistryName(name)) problems.Add("REGISTRIES: not a registry host name: " + member.Key);
                    else if (url == null) problems.Add("REGISTRIES: " + member.Key + " needs an http(s) URL");
                    else Put(entries, name, url);
                }
        }
        return new RegistryTable(entries);
    }

    public RegistryEntry? FindByName(string name)
    {
        var wanted = name.ToLowerInvariant();
        foreach (var entry in _entries)
            if (entry.Name == wanted) return entry;
        // Other names of Docker Hub that clients put in references (go-containerregistry says index.docker.io).
        if (wanted == "index.docker.io" || wanted == "registry-1.docker.io" || wanted == "registry.hub.docker.com")
            return FindByName(DockerHub);
        return null;
    }

    public RegistryEntry? FindByLabel(string label)
    {
        var wanted = label.ToLowerInvariant();
        foreach (var entry in _entries)
            if (entry.Label == wanted) return entry;
        return null;
    }

    /// <summary>A host name as a path prefix: at least one dot, DNS characters only.</summary>
    public static bool IsRegistryName(string name)
    {
        if (name.Length == 0 || name.Length > 253 || name.IndexOf('.') < 0) return false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
            if (!ok) return false;
        }
        return name[0] != '.' && name[name.Length - 1] != '.';
    }

    private static void Put(List<RegistryEntry> entries, string name, string upstream)
    {
        for (var i = 0; i < entries.Count; i++)
            if (entries[i].Name == name)
            {
                entries[i] = new RegistryEntry(name, entries[i].Label, upstream, entries[i].IsDefault);
                return;
            }
        entries.Add(new RegistryEntry(name, LabelFor(name, entries), upstream, false));
    }

    // The first DNS label, unless a registry already answers to it (then the whole name with dots as dashes).
    private static string LabelFor(string name, List<RegistryEntry> entries)
    {
        var label = name.Substring(0, name.IndexOf('.'));
        foreach (var entry in entries)
            if (entry.Label == label) return name.Replace(".", "-");
        return label;
    }
}
