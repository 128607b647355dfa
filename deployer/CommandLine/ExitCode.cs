namespace EdgeMirror.Deployer.CommandLine;

/// <summary>The process exit codes scripts can rely on (documented in deployer/README.md).</summary>
public enum ExitCode
{
    Success = 0,
    /// <summary>A step failed: the build, wrangler, a file that could not be written.</summary>
    Failed = 1,
    /// <summary>The command line itself is wrong.</summary>
    Usage = 2,
    /// <summary>A tool is missing or could not be set up (node, npm, wrangler, nginx).</summary>
    Setup = 3,
    /// <summary>No credentials, or Cloudflare/GitHub rejected them.</summary>
    Credentials = 4,
    /// <summary>The change would take over something that belongs to someone else; --force overrides.</summary>
    Conflict = 5,
    /// <summary>The configuration or the account does not match what the command needs (zone, name).</summary>
    Configuration = 6,
    /// <summary>Deployed, but the live mirror does not answer as it should.</summary>
    VerificationFailed = 7,
    /// <summary>Stopped by Ctrl+C / SIGINT / SIGTERM.</summary>
    Interrupted = 130,
}
