using System.Text.Json.Nodes;

namespace EdgeMirror.Deployer.Tests.Fakes;

public sealed record FakeZone(string Id, string Name, string AccountId);

public sealed record FakeWorkerDomain(string Id, string Hostname, string Service, string ZoneId, string ZoneName);

public sealed record FakeDnsRecord(string Id, string ZoneId, string Type, string Name, string Content);

/// <summary>A Worker as uploaded: its metadata part (bindings, compatibility date…) and its module files.</summary>
public sealed record FakeScript(string Name, JsonObject Metadata, IReadOnlyDictionary<string, string> Modules, string DeploymentId);
