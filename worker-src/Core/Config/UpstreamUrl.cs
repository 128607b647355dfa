namespace EdgeMirror.Worker.Core.Config;

/// <summary>Base URLs from configuration: http(s) scheme, a host, no query or fragment,
/// no trailing slash (paths are appended to them).</summary>
public static class UpstreamUrl
{
    public static string? Normalize(string value)
    {
        var url = value.Trim();
        while (url.EndsWith("/", StringComparison.Ordinal)) url = url.Substring(0, url.Length - 1);
        var lower = url.ToLowerInvariant();
        string rest;
        if (lower.StartsWith("https://", StringComparison.Ordinal)) rest = url.Substring(8);
        else if (lower.StartsWith("http://", StringComparison.Ordinal)) rest = url.Substring(7);
        else return null;
        if (rest.Length == 0 || rest.StartsWith("/", StringComparison.Ordinal) || rest.IndexOf('?') >= 0 || rest.IndexOf('#') >= 0
            || rest.IndexOf('@') >= 0 || rest.IndexOf(' ') >= 0 || rest.IndexOf('\\') >= 0)
            return null;
        return url;
    }
}
