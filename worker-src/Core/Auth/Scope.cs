namespace EdgeMirror.Worker.Core.Auth;

/// <summary>One token scope, <c>type:name:actions</c> (docker token spec), e.g.
/// <c>repository:library/nginx:pull</c>. The name may itself contain colons (a host:port).</summary>
public sealed record Scope(string Type, string Name, string Actions)
{
    public bool IsRepository => Type == "repository" || Type.StartsWith("repository(", StringComparison.Ordinal);

    public override string ToString() => Type + ":" + Name + ":" + Actions;

    public static Scope? Parse(string text)
    {
        var first = text.IndexOf(':');
        var last = text.LastIndexOf(':');
        if (first <= 0 || last <= first + 1) return null;
        return new Scope(text.Substring(0, first), text.Substring(first + 1, last - first - 1), text.Substring(last + 1));
    }
}
