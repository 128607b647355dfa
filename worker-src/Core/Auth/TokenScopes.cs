using System.Collections.Generic;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Routing;

namespace EdgeMirror.Worker.Core.Auth;

/// <summary>Which registry a token request to the mirror is for, and the scopes to ask its real
/// token service for.</summary>
public sealed record TokenTarget(RegistryEntry Registry, List<string> Scopes);

public static class TokenScopes
{
    /// <summary>Resolves the client's <c>scope</c> parameters (each may hold several, space-separated).
    /// <paramref name="chosen"/> is the registry the request named by ns or host label, if any; otherwise the
    /// first repository scope whose name starts with a served registry host picks it. Prefixes naming
    /// that registry are removed, and Docker Hub's one-segment names get <c>library/</c>.</summary>
    public static TokenTarget Resolve(List<string> clientScopes, RegistryEntry? chosen, RegistryTable registries)
    {
        var parsed = new List<Scope>();
        var others = new List<string>();
        foreach (var parameter in clientScopes)
            foreach (var text in parameter.Split(' '))
            {
                if (text.Length == 0) continue;
                var scope = Scope.Parse(text);
                if (scope != null && scope.IsRepository) parsed.Add(scope);
                else others.Add(text);
            }

        var registry = chosen;
        if (registry == null)
            foreach (var scope in parsed)
            {
                var prefixed = PrefixRegistry(scope.Name, registries);
                if (prefixed != null)
                {
                    registry = prefixed;
                    break;
                }
            }
        if (registry == null) registry = registries.Default;

        var scopes = new List<string>();
        foreach (var scope in parsed)
        {
            var name = scope.Name;
            if (name.StartsWith(registry.Name + "/", StringComparison.Ordinal)) name = name.Substring(registry.Name.Length + 1);
            if (registry.IsDockerHub) name = RepositoryName.WithLibraryPrefix(name);
            var text = new Scope(scope.Type, name, scope.Actions).ToString();
            if (!scopes.Contains(text)) scopes.Add(text);
        }
        foreach (var text in others)
            if (!scopes.Contains(text)) scopes.Add(text);
        return new TokenTarget(registry, scopes);
    }

    private static RegistryEntry? PrefixRegistry(string name, RegistryTable registries)
    {
        var slash = name.IndexOf('/');
        if (slash <= 0) return null;
        var first = name.Substring(0, slash);
        return first.IndexOf('.') >= 0 ? registries.FindByName(first) : null;
    }
}
