namespace EdgeMirror.Runtime.Tests;

/// <summary>Each js/*.test.mjs file is a node:test suite over the runtime modules.</summary>
public sealed class NodeTestFiles
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(NodeProcess.JsDirectory, "*.test.mjs").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_node_test_file_passes(string file)
    {
        var outcome = NodeProcess.Run("--test", "--test-reporter=spec", file);
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("pass", outcome.StdOut);
    }
}
