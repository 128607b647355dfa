namespace EdgeMirror.Worker.Core.Caching;

/// <summary>The <c>X-Cache</c> header on every <c>/v2/</c> answer.</summary>
public static class CacheStatus
{
    public const string Header = "x-cache";
    public const string Hit = "HIT";
    public const string Miss = "MISS";
    public const string Stale = "STALE";
}
