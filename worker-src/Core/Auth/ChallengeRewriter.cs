using System.Collections.Generic;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Routing;

namespace EdgeMirror.Worker.Core.Auth;

/// <summary>Turns an upstream's 401 challenge into one that sends the client to the mirror's own
/// <c>/token</c>: the realm is replaced (carrying <c>?ns=</c> for ns and path-prefix routes), service kept, and
/// scope names spelled the way the client names the repository (prefixed with the registry for path-prefix
/// routes), so /token can tell which registry a request is for without any state.</summary>
public static class ChallengeRewriter
{
    /// <summary>The mirror's realm for a route: <c>/token</c>, with the ns when containerd chose the registry that way
    /// or a path prefix did. A path prefix also shows in repository scopes, but not every challenge has one:
    /// public.ecr.aws names only <c>scope="aws"</c>, which says nothing about the registry.</summary>
    public static string MirrorRealm(string scheme, string host, RegistryEntry registry, RegistrySource source) =>
        scheme + "://" + host + "/token"
        + (source == RegistrySource.Namespace || source == RegistrySource.PathPrefix ? "?ns=" + registry.Name : "");

    /// <summary>The rewritten header value; non-Bearer challenges (Basic) and unparsable ones are returned unchanged.</summary>
    public static string Rewrite(string header, string mirrorRealm, RegistryEntry registry, RegistrySource source)
    {
        var challenge = Challenge.Parse(header);
        if (challenge == null || !challenge.IsBearer) return header;
        var rewritten = challenge.With("realm", mirrorRealm);
        var scope = challenge.Get("scope");
        if (scope != null && source == RegistrySource.PathPrefix)
            rewritten = rewritten.With("scope", PrefixScopes(scope, registry.Name));
        return rewritten.ToString();
    }

    private static string PrefixScopes(string scopes, string registryName)
    {
        var parts = new List<string>();
        foreach (var text in scopes.Split(' '))
        {
            if (text.Length == 0) continue;
            var scope = Scope.Parse(text);
            parts.Add(scope != null && scope.IsRepository
                ? new Scope(scope.Type, registryName + "/" + scope.Name, scope.Actions).ToString()
                : text);
        }
        return string.Join(" ", parts);
    }
}
