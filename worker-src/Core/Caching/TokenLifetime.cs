using EdgeMirror.Worker.Core.Json;

namespace EdgeMirror.Worker.Core.Caching;

/// <summary>How long a token answer says its token lives (<c>expires_in</c>, seconds; 60 when absent, as
/// the distribution token spec defaults), capped at a day.</summary>
public static class TokenLifetime
{
    public const int SpecDefaultSeconds = 60;
    public const int MaxSeconds = 24 * 3600;

    public static int Seconds(string tokenAnswerBody)
    {
        var parsed = JsonReader.TryParse(tokenAnswerBody);
        var value = parsed == null || parsed.Kind != JsonKind.Object ? null : parsed.Get("expires_in");
        if (value == null || value.Kind != JsonKind.Number) return SpecDefaultSeconds;
        var seconds = 0;
        foreach (var c in value.Text)
        {
            if (c < '0' || c > '9') break;
            seconds = seconds * 10 + (c - '0');
            if (seconds > MaxSeconds) return MaxSeconds;
        }
        return seconds > 0 ? seconds : SpecDefaultSeconds;
    }
}
