using System.Collections.Generic;
using System.Text;

namespace EdgeMirror.Worker.Core.Auth;

/// <summary>A <c>WWW-Authenticate</c> challenge (RFC 9110 §11.6.1), e.g.
/// <c>Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"</c>.</summary>
public sealed record Challenge(string Scheme, List<AuthParam> Params)
{
    public bool IsBearer => Scheme.ToLowerInvariant() == "bearer";

    public string? Get(string name)
    {
        var wanted = name.ToLowerInvariant();
        foreach (var p in Params)
            if (p.Name == wanted) return p.Value;
        return null;
    }

    public string? Realm => Get("realm");
    public string? Service => Get("service");

    /// <summary>A copy with the parameter replaced (or added at the end).</summary>
    public Challenge With(string name, string value)
    {
        var wanted = name.ToLowerInvariant();
        var copy = new List<AuthParam>();
        var replaced = false;
        foreach (var p in Params)
        {
            if (p.Name == wanted)
            {
                if (!replaced) copy.Add(new AuthParam(wanted, value));
                replaced = true;
            }
            else copy.Add(p);
        }
        if (!replaced) copy.Add(new AuthParam(wanted, value));
        return new Challenge(Scheme, copy);
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(Scheme);
        for (var i = 0; i < Params.Count; i++)
        {
            builder.Append(i == 0 ? " " : ",");
            builder.Append(Params[i].Name);
            builder.Append("=\"");
            builder.Append(Params[i].Value.Replace("\\", "\\\\").Replace("\"", "\\\""));
            builder.Append('"');
        }
        return builder.ToString();
    }

    /// <summary>The first challenge of a header value, or null when it does not parse.</summary>
    public static Challenge? Parse(string? header)
    {
        if (header == null) return null;
        var reader = new ChallengeReader(header);
        return reader.ReadFirst();
    }
}
