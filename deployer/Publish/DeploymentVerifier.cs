using System.Net;
using System.Text.RegularExpressions;
using EdgeMirror.Deployer.CommandLine;

namespace EdgeMirror.Deployer.Publish;

/// <summary>Checks the live mirror the way a docker client meets it: GET /v2/ must answer 401 with a
/// WWW-Authenticate realm on the mirror's own host (else clients would go to auth.docker.io directly).
/// EDGEMIRROR_VERIFY_ORIGIN (e.g. http://127.0.0.1:8787) sends the request elsewhere with the same
/// Host header, like curl --resolve; EDGEMIRROR_VERIFY_TIMEOUT (seconds) bounds the retries.</summary>
public sealed partial class DeploymentVerifier
{
    public async Task<VerificationResult> VerifyAsync(string hostname, CancellationToken cancellation)
    {
        var origin = Environment.GetEnvironmentVariable("EDGEMIRROR_VERIFY_ORIGIN") is { Length: > 0 } o
            ? new Uri(o.TrimEnd('/') + "/")
            : new Uri($"https://{hostname}/");
        var timeout = int.TryParse(Environment.GetEnvironmentVariable("EDGEMIRROR_VERIFY_TIMEOUT"), out var seconds)
            ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromMinutes(3);

        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };
        var deadline = DateTime.UtcNow + timeout;
        var last = "no answer";
        // A new custom domain needs a minute or two for its DNS record and certificate: retry until the deadline.
        while (true)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(origin, "v2/"));
                request.Headers.Host = hostname;
                using var response = await http.SendAsync(request, cancellation);
                var challenge = response.Headers.WwwAuthenticate.ToString();
                var realm = RealmPattern().Match(challenge) is { Success: true } m ? m.Groups[1].Value : null;
                if (response.StatusCode == HttpStatusCode.Unauthorized && realm is not null
                    && Uri.TryCreate(realm, UriKind.Absolute, out var realmUri)
                    && string.Equals(realmUri.Host, hostname, StringComparison.OrdinalIgnoreCase))
                    return new VerificationResult(true, (int)response.StatusCode, realm);
                last = $"{(int)response.StatusCode} with WWW-Authenticate \"{challenge}\"";
                // A wrong realm is an answer from our Worker: waiting will not change it.
                if (response.StatusCode == HttpStatusCode.Unauthorized) break;
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
            {
                last = "timed out";
            }
            if (DateTime.UtcNow >= deadline) break;
            await Task.Delay(TimeSpan.FromSeconds(3), cancellation);
        }
        throw new DeployerException(ExitCode.VerificationFailed,
            $"Deployed, but https://{hostname}/v2/ did not answer 401 with realm https://{hostname}/token (got: {last}).",
            "A new custom domain can take a few minutes for DNS and its certificate: check again with " +
            $"`curl -i https://{hostname}/v2/` or `dotnet run --project deployer -- status`. If the realm is wrong, the deployed Worker is not this build.");
    }

    [GeneratedRegex("realm=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex RealmPattern();
}
