using EdgeMirror.Worker.Core.Json;

namespace EdgeMirror.Worker.Core.Responses;

/// <summary>An error the way registries report them (distribution spec "Error Codes"):
/// <c>{"errors":[{"code":"…","message":"…"}]}</c> with a matching HTTP status.</summary>
public sealed record OciError(int Status, string Code, string Message)
{
    public string ToJson() =>
        "{\"errors\":[{\"code\":" + JsonText.Quote(Code) + ",\"message\":" + JsonText.Quote(Message) + "}]}";

    public static OciError NameUnknown(string message) => new OciError(404, "NAME_UNKNOWN", message);
    public static OciError NameInvalid(string message) => new OciError(400, "NAME_INVALID", message);
    public static OciError TagInvalid(string message) => new OciError(400, "TAG_INVALID", message);
    public static OciError DigestInvalid(string message) => new OciError(400, "DIGEST_INVALID", message);
    public static OciError Unsupported(int status, string message) => new OciError(status, "UNSUPPORTED", message);
    public static OciError BadGateway(string message) => new OciError(502, "UNAVAILABLE", message);
    public static OciError GatewayTimeout(string message) => new OciError(504, "UNAVAILABLE", message);
    public static OciError TooManyRequests(string message) => new OciError(429, "TOOMANYREQUESTS", message);
    public static OciError Internal(string message) => new OciError(500, "UNKNOWN", message);
}
