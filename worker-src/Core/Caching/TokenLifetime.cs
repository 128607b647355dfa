using System.Text.Json;
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
        var value = JsonValues.Field(JsonValues.Parse(tokenAnswerBody), "expires_in");
        if (value.ValueKind != JsonValueKind.Number) return SpecDefaultSeconds;
        var seconds = 0;
        foreach (var c in value.GetRawText())
        {
            if (c < '0' || c > '9') break;
            seconds = seconds * 10 + (c - '0');
            if (seconds > MaxSeconds) return MaxSeconds;
        }
        return seconds > 0 ? seconds : SpecDefaultSeconds;
    }
}
