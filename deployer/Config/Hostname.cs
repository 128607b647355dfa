using System.Text.RegularExpressions;
using EdgeMirror.Deployer.CommandLine;

namespace EdgeMirror.Deployer.Config;

/// <summary>A DNS hostname as Cloudflare custom domains accept it (no scheme, path, port or wildcard).</summary>
public static partial class Hostname
{
    public static string Normalize(string value)
    {
        var host = value.Trim().TrimEnd('.').ToLowerInvariant();
        if (!Pattern().IsMatch(host))
            throw new DeployerException(ExitCode.Usage, $"\"{value}\" is not a hostname.",
                "Pass a bare hostname such as hub.example.com (no https://, path or port).");
        return host;
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")]
    private static partial Regex Pattern();
}
