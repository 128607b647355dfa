using EdgeMirror.Worker.Core.Caching;

namespace EdgeMirror.Worker.Edge.Caching;

/// <summary>What the cache knows before the upstream is asked: the plan for this request and, when an
/// entry this request may see was found, either a fresh one (answer now) or a stale tag manifest
/// (answer only if the upstream fails).</summary>
public sealed record CacheLookup(CachePlan Plan, StoredEntry? Fresh, StoredEntry? Stale);
