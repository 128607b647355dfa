using System.Collections.Generic;
using EdgeMirror.Worker.Core.Config;

namespace EdgeMirror.Worker.Core.Access;

/// <summary>The access-control vars and secrets (see wrangler.toml): BLOCKED_USER_AGENTS,
/// ALLOWED_REPOSITORIES, MIRROR_PASSWORD, UPSTREAM_CREDENTIALS. All optional; unset means open.</summary>
public sealed record AccessSettings(
    UserAgentBlocklist BlockedAgents,
    RepositoryAllowlist Allowlist,
    string? Password,
    UpstreamCredentials Credentials,
    List<string> Problems)
{
    public bool PasswordRequired => Password != null;

    public static AccessSettings Parse(VarSource vars)
    {
        var problems = new List<string>();
        var password = vars("MIRROR_PASSWORD");
        return new AccessSettings(
            UserAgentBlocklist.Parse(vars("BLOCKED_USER_AGENTS")),
            RepositoryAllowlist.Parse(vars("ALLOWED_REPOSITORIES")),
            password != null && password.Length > 0 ? password : null,
            UpstreamCredentials.Parse(vars("UPSTREAM_CREDENTIALS"), problems),
            problems);
    }

    /// <summary>Whether the mirror fetches this registry's upstream tokens itself (and drops whatever
    /// Authorization the client sent): always in password mode, else when it has credentials for it.</summary>
    public bool ManagesUpstreamTokens(string registry) => PasswordRequired || Credentials.For(registry) != null;
}
