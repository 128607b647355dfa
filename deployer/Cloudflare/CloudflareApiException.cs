namespace EdgeMirror.Deployer.Cloudflare;

/// <summary>A Cloudflare API call that answered success = false (or a non-2xx status).</summary>
public sealed class CloudflareApiException(int status, IReadOnlyList<CloudflareError> errors, string path)
    : Exception($"Cloudflare API {path} answered {status}: " +
                string.Join("; ", errors.Select(e => $"{e.Code} {e.Message}")))
{
    public int Status { get; } = status;
    public IReadOnlyList<CloudflareError> Errors { get; } = errors;
    public bool HasCode(int code) => Errors.Any(e => e.Code == code);
}
