using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace EdgeMirror.Page.Tests.Hosting;

/// <summary>The JSON the Worker puts in place of <c>{{config}}</c> (the page renders from it).</summary>
public sealed record MirrorConfig(
    string Host,
    string Scheme,
    bool PasswordRequired,
    bool HostLabels,
    IReadOnlyList<RegistryEntry> Registries)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>The built-in registry set the Worker serves without a REGISTRIES override.</summary>
    public static IReadOnlyList<RegistryEntry> BuiltIn { get; } =
    [
        new("docker.io", "docker", "https://registry-1.docker.io", true),
        new("ghcr.io", "ghcr", "https://ghcr.io", false),
        new("quay.io", "quay", "https://quay.io", false),
        new("gcr.io", "gcr", "https://gcr.io", false),
        new("registry.k8s.io", "k8s", "https://registry.k8s.io", false),
        new("nvcr.io", "nvcr", "https://nvcr.io", false),
        new("mcr.microsoft.com", "mcr", "https://mcr.microsoft.com", false),
        new("public.ecr.aws", "ecr", "https://public.ecr.aws", false),
        new("docker.elastic.co", "elastic", "https://docker.elastic.co", false),
    ];

    public static MirrorConfig For(string host, string scheme = "https") => new(host, scheme, false, false, BuiltIn);

    /// <summary>HTML-safe JSON: the default encoder writes &lt; as \u003C, so it cannot close the script element.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static MirrorConfig Parse(string json) =>
        JsonSerializer.Deserialize<MirrorConfig>(json, Json) ?? throw new FormatException("empty mirror config");
}

public sealed record RegistryEntry(string Name, string Label, string Upstream, bool IsDefault);
