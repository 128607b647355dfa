using EdgeMirror.Worker.Core.Responses;

namespace EdgeMirror.Worker.Core.Access;

/// <summary>Bounds on what a request may carry. Registry requests are small (a name of at most 255
/// characters, a digest, a token); anything far larger is abuse or a mistake and is refused before any
/// parsing or upstream work.</summary>
public static class RequestLimits
{
    public const int MaxUrlLength = 4096;
    public const int MaxHeaderBytes = 12288;
    public const int MaxHeaderCount = 64;

    /// <summary>null when the request is within bounds.</summary>
    public static OciError? Check(int urlLength, int headerBytes, int headerCount)
    {
        if (urlLength > MaxUrlLength)
            return new OciError(414, "UNSUPPORTED", "URL longer than " + MaxUrlLength + " characters");
        if (headerBytes > MaxHeaderBytes || headerCount > MaxHeaderCount)
            return new OciError(431, "UNSUPPORTED", "request headers larger than " + MaxHeaderBytes + " bytes or more than " + MaxHeaderCount);
        return null;
    }
}
