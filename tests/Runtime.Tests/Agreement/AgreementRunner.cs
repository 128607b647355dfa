namespace EdgeMirror.Runtime.Tests.Agreement;

/// <summary>Runs a case list through js/agreement.mjs and fails with every disagreement it reports.</summary>
public static class AgreementRunner
{
    public static void AssertAgrees(CaseList cases)
    {
        Assert.True(cases.Count > 0, "no cases");
        var file = Path.Combine(Path.GetTempPath(), $"rt-agreement-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, cases.ToJson());
        try
        {
            var outcome = NodeProcess.Run("agreement.mjs", file);
            Assert.True(outcome.ExitCode == 0, outcome.ToString());
            // The harness prints "checked N" last: every case ran, none disagreed.
            Assert.Contains($"checked {cases.Count}", outcome.StdOut);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
