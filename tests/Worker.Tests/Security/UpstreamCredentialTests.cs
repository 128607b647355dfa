using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using EdgeMirror.TestSupport;
using EdgeMirror.TestSupport.Registry;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Security;

/// <summary>UPSTREAM_CREDENTIALS without a password: the open mirror authenticates to <c>creds.test</c> with
/// its own account, so clients need no credentials and pulls are not anonymous.</summary>
[Collection(SecurityCollection.Name)]
public sealed class UpstreamCredentialTests(SecurityFixture mirror)
{
    [Fact]
    public async Task Skopeo_without_credentials_pulls_a_private_image_the_mirrors_account_may_read()
    {
        var mark = mirror.CredsLog.Count;
        var dir = Directory.CreateTempSubdirectory("edgemirror-creds-").FullName;
        await Tool.Skopeo("copy", "--src-tls-verify=false", $"docker://{mirror.MirrorHostPort}/creds.test/private/app:latest", "dir:" + dir);
        Assert.Equal(mirror.Image.ManifestDigest, TestImage.Digest(File.ReadAllBytes(Path.Combine(dir, "manifest.json"))));
        foreach (var digest in mirror.Image.Blobs.Keys)
            Assert.Equal(digest, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(dir, digest["sha256:".Length..])))));
        Directory.Delete(dir, true);

        var seen = mirror.CredsLog.Skip(mark).ToList();
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:wonderland"))).ToString();
        // One upstream token request for the whole pull, made with the mirror's account (skopeo asks the mirror's
        // /token before every blob; those are answered without the upstream).
        Assert.Single(seen, r => r.Server == "hub-auth");
        Assert.Contains("private%2Fapp", seen.Single(r => r.Server == "hub-auth").PathAndQuery);
        Assert.All(seen.Where(r => r.Server == "hub-auth"), r => Assert.Equal(basic, r.Header("authorization")));
        Assert.All(seen.Where(r => r.Server == "hub" && r.PathAndQuery.StartsWith("/v2/private/app/")),
            r => Assert.StartsWith("Bearer fake.alice.", r.Header("authorization")));
    }

    [Fact]
    public async Task A_client_token_is_replaced_by_the_mirrors_own_and_its_credentials_never_reach_a_client()
    {
        var mark = mirror.CredsLog.Count;
        using var response = await mirror.Client.SendAsync(MirrorClient.Get("/v2/creds.test/private/other/manifests/latest", "client-supplied-token"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("alice", body);
        Assert.DoesNotContain(response.Headers, h => h.Value.Any(v => v.Contains("fake.alice") || v.Contains("wonderland")));
        Assert.DoesNotContain(mirror.CredsLog.Skip(mark), r => r.Headers.Values.Any(v => v.Contains("client-supplied-token")));
        Assert.DoesNotContain("wonderland", mirror.Worker.Output);
    }
}
