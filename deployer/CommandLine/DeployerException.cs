namespace EdgeMirror.Deployer.CommandLine;

/// <summary>A failure the user can act on: what went wrong, and what to do next.</summary>
public sealed class DeployerException(ExitCode exitCode, string message, string fix, Exception? inner = null)
    : Exception(message, inner)
{
    public ExitCode ExitCode { get; } = exitCode;

    /// <summary>The next step, phrased as an instruction ("Run ... then retry").</summary>
    public string Fix { get; } = fix;
}
