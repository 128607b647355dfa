namespace EdgeMirror.Deployer.Tooling;

/// <summary>A node executable the deployer runs wrangler with, and where it came from.</summary>
public sealed record NodeRuntime(string Executable, Version Version, string Origin)
{
    /// <summary>wrangler 4 refuses older versions.</summary>
    public static readonly Version Minimum = new(22, 12, 0);

    public static Version? ParseVersion(string output)
    {
        var text = output.Trim().TrimStart('v');
        return Version.TryParse(text, out var version) ? version : null;
    }
}
