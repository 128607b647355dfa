using EdgeMirror.Differential.Tests.Harness;

namespace EdgeMirror.Differential.Tests;

/// <summary>One node process for the whole suite.</summary>
public sealed class NodeRunnerFixture : IDisposable
{
    public NodeRunner Node { get; } = new();

    public void Dispose() => Node.Dispose();
}

/// <summary>Everything here runs in one collection, one test at a time: the .NET side redirects the global Console.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DifferentialCollection : ICollectionFixture<NodeRunnerFixture>
{
    public const string Name = "Differential";
}
