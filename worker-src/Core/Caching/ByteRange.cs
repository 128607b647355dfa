namespace EdgeMirror.Worker.Core.Caching;

/// <summary>The one byte range a client asks for with <c>Range: bytes=first-</c> (a resumed download: docker and
/// containerd resume a broken layer download this way, containerd's parallel chunked fetches open every chunk this
/// way) or <c>bytes=first-last</c>. Only these forms are served from a stored blob; suffix ranges
/// (<c>bytes=-n</c>), several ranges and anything malformed are relayed to the upstream, as before.</summary>
public sealed record ByteRange(double First, double Last)
{
    /// <summary><see cref="Last"/> of an open range (<c>bytes=first-</c>): up to the end.</summary>
    public const double ToEnd = -1;

    // 15 digits stay exact in a double on both sides (and no layer is a petabyte).
    private const int MaxDigits = 15;

    /// <summary>The range of a Range header, or null when the header is not exactly one such range.</summary>
    public static ByteRange? Parse(string? header)
    {
        if (header == null) return null;
        var text = header.Trim();
        const string unit = "bytes=";
        if (text.Length <= unit.Length || text.Substring(0, unit.Length).ToLowerInvariant() != unit) return null;
        var spec = text.Substring(unit.Length).Trim();
        var dash = spec.IndexOf('-');
        if (dash <= 0) return null;
        var first = Number(spec.Substring(0, dash).Trim());
        var lastText = spec.Substring(dash + 1).Trim();
        if (first < 0) return null;
        if (lastText.Length == 0) return new ByteRange(first, ToEnd);
        var last = Number(lastText);
        return last < first ? null : new ByteRange(first, last);
    }

    /// <summary>The Range header asking for exactly this range.</summary>
    public string ToHeader() => "bytes=" + First.ToString() + "-" + (Last == ToEnd ? "" : Last.ToString());

    /// <summary>Whether a 206 answer's Content-Range (<c>bytes first-last/size</c>) starts where this range does.</summary>
    public bool IsAnsweredBy(string? contentRange) =>
        contentRange != null && contentRange.StartsWith("bytes " + First.ToString() + "-", System.StringComparison.Ordinal);

    /// <summary>The complete length in a Content-Range (<c>bytes 0-0/258</c> → 258), or -1 when it names none.</summary>
    public static double TotalOf(string? contentRange)
    {
        if (contentRange == null) return -1;
        var slash = contentRange.LastIndexOf('/');
        return slash < 0 ? -1 : Number(contentRange.Substring(slash + 1).Trim());
    }

    /// <summary>A non-negative decimal integer, or -1.</summary>
    private static double Number(string text)
    {
        if (text.Length == 0 || text.Length > MaxDigits) return -1;
        double value = 0;
        foreach (var c in text)
        {
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
