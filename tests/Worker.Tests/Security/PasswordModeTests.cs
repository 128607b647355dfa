using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using EdgeMirror.TestSupport;
using EdgeMirror.TestSupport.Registry;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Security;

/// <summary>MIRROR_PASSWORD: the standard token flow with the mirror as its own token service, upstream
/// credentials used by the Worker itself, and the allowlist — end to end with skopeo and by hand.</summary>
[Collection(PasswordCollection.Name)]
public sealed class PasswordModeTests(PasswordFixture mirror)
{
    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));

    private async Task<string> MirrorToken()
    {
        var (token, _) = await MirrorClient.Token(mirror.Client, "service=edgemirror&scope=repository:testimg:pull",
            Basic("whoever", PasswordFixture.Password));
        return token;
    }

    [Fact]
    public async Task Skopeo_with_the_password_pulls_an_image_and_every_digest_matches()
    {
        var dir = Directory.CreateTempSubdirectory("edgemirror-pw-").FullName;
        await Tool.Skopeo("copy", "--src-tls-verify=false", "--src-creds", "anyone:" + PasswordFixture.Password,
            $"docker://{mirror.MirrorHostPort}/library/testimg:latest", "dir:" + dir);
        Assert.Equal(mirror.Image.ManifestDigest, TestImage.Digest(File.ReadAllBytes(Path.Combine(dir, "manifest.json"))));
        foreach (var (digest, _) in mirror.Image.Blobs)
            Assert.Equal(digest, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(dir, digest["sha256:".Length..])))));
        Directory.Delete(dir, true);
    }

    [Fact]
    public async Task Skopeo_without_the_password_or_with_a_wrong_one_is_refused()
    {
        foreach (var creds in new[] { null, "anyone:wrong password" })
        {
            var dir = Directory.CreateTempSubdirectory("edgemirror-pw-").FullName;
            var args = new List<string> { "--insecure-policy", "copy", "--src-tls-verify=false" };
            if (creds is not null) args.AddRange(new[] { "--src-creds", creds });
            args.AddRange(new[] { $"docker://{mirror.MirrorHostPort}/library/testimg:latest", "dir:" + dir });
            var result = await Tool.Run("/usr/bin/skopeo", args, TimeSpan.FromMinutes(2), check: false);
            Assert.NotEqual(0, result.ExitCode);
            Assert.Matches("(?i)unauthorized|authentication required|401", result.StdErr);
            Assert.False(File.Exists(Path.Combine(dir, "manifest.json")));
        }
    }

    [Fact]
    public async Task Without_a_mirror_token_registry_routes_answer_the_challenge_that_starts_docker_login()
    {
        using var response = await mirror.Client.SendAsync(MirrorClient.Get("/v2/library/testimg/manifests/latest"));
        await MirrorClient.AssertOciError(response, 401, "UNAUTHORIZED");
        var challenge = MirrorClient.Header(response, "www-authenticate")!;
        Assert.Contains($"realm=\"http://{mirror.MirrorHostPort}/token\"", challenge);
        Assert.Contains("scope=\"repository:library/testimg:pull\"", challenge);

        using var ping = await mirror.Client.SendAsync(MirrorClient.Get("/v2/"));
        await MirrorClient.AssertOciError(ping, 401, "UNAUTHORIZED");
    }

    [Fact]
    public async Task The_token_service_refuses_a_wrong_or_missing_password()
    {
        foreach (var authorization in new AuthenticationHeaderValue?[] { null, Basic("x", "wrong"), new("Basic", "%%%"), new("Bearer", "x") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/token?service=edgemirror&scope=repository:testimg:pull");
            request.Headers.Authorization = authorization;
            using var response = await mirror.Client.SendAsync(request);
            await MirrorClient.AssertOciError(response, 401, "UNAUTHORIZED");
        }
    }

    [Fact]
    public async Task Containerd_style_form_posts_with_the_password_get_a_token()
    {
        using var response = await mirror.Client.PostAsync("/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = "ci", ["password"] = PasswordFixture.Password,
            ["service"] = "edgemirror", ["scope"] = "repository:library/testimg:pull",
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
        using var manifest = await mirror.Client.SendAsync(MirrorClient.Get("/v2/library/testimg/manifests/latest", token));
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
    }

    [Fact]
    public async Task An_oversized_token_form_is_not_read_and_gets_no_token()
    {
        using var response = await mirror.Client.PostAsync("/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["password"] = PasswordFixture.Password, ["padding"] = new string('x', 10_000),
        }));
        await MirrorClient.AssertOciError(response, 401, "UNAUTHORIZED");
    }

    [Fact]
    public async Task Tokens_signed_with_the_password_by_anyone_else_work_and_forged_or_expired_ones_do_not()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        // .NET's HMAC-SHA256 and the Worker's crypto.subtle agree on the token format.
        var good = MirrorTokenTests.Sign(PasswordFixture.Password, now + 120);
        using (var ok = await mirror.Client.SendAsync(MirrorClient.Get("/v2/library/testimg/manifests/latest", good)))
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var expired = MirrorTokenTests.Sign(PasswordFixture.Password, now - 1);
        var otherKey = MirrorTokenTests.Sign("another password", now + 120);
        var tampered = MirrorTokenTests.Sign(PasswordFixture.Password, now + 120).Replace("em1." + (now + 120), "em1." + (now + 99999));
        var issued = await MirrorToken();
        var flipped = issued[..^1] + (issued[^1] == '0' ? '1' : '0');
        foreach (var bad in new[] { expired, otherKey, tampered, flipped, "fake.alice.eA==", "" })
        {
            using var refused = await mirror.Client.SendAsync(MirrorClient.Get("/v2/library/testimg/manifests/latest", bad.Length == 0 ? null : bad));
            await MirrorClient.AssertOciError(refused, 401, "UNAUTHORIZED");
        }
    }

    [Fact]
    public async Task With_a_mirror_token_the_worker_fetches_upstream_tokens_itself_with_the_configured_credentials()
    {
        var token = await MirrorToken();
        // A repository no other test asked for, so its upstream token is not cached yet.
        var repository = "private/secret" + Guid.NewGuid().ToString("N")[..8];
        var mark = mirror.Mark();
        using var response = await mirror.Client.SendAsync(MirrorClient.Get($"/v2/{repository}/manifests/latest", token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mirror.Image.Manifest, await response.Content.ReadAsByteArrayAsync());

        var auth = mirror.Since(mark, "hub-auth");
        Assert.Contains(auth, r => r.PathAndQuery.Contains("scope=" + Uri.EscapeDataString($"repository:{repository}:pull"))
                                   && r.Header("authorization") == Basic("alice", "wonderland").ToString());
        var hub = mirror.Since(mark, "hub").Where(r => r.PathAndQuery == $"/v2/{repository}/manifests/latest").ToList();
        Assert.NotEmpty(hub);
        // The client's mirror token never travels upstream; the upstream sees alice's token.
        Assert.All(hub, r => Assert.StartsWith("Bearer fake.alice.", r.Header("authorization")));
        Assert.DoesNotContain(mirror.Log.Skip(mark), r => r.Headers.Values.Any(v => v.Contains(token)));
    }

    [Fact]
    public async Task A_whole_pull_costs_one_upstream_token_request()
    {
        var token = await MirrorToken();
        var repository = "library/onetoken" + Guid.NewGuid().ToString("N")[..8];
        var mark = mirror.Mark();
        using (var manifest = await mirror.Client.SendAsync(MirrorClient.Get($"/v2/{repository}/manifests/latest", token)))
            Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
        foreach (var digest in mirror.Image.Blobs.Keys)
        {
            using var blob = await mirror.Client.SendAsync(MirrorClient.Get($"/v2/{repository}/blobs/{digest}", token));
            Assert.Equal(HttpStatusCode.OK, blob.StatusCode);
            Assert.Equal(digest, TestImage.Digest(await blob.Content.ReadAsByteArrayAsync()));
        }
        var scope = Uri.EscapeDataString($"repository:{repository}:pull");
        Assert.Single(mirror.Since(mark, "hub-auth"), r => r.PathAndQuery.Contains(scope));
        Assert.Equal(1 + mirror.Image.Blobs.Count, mirror.Since(mark, "hub").Count(r => r.PathAndQuery.StartsWith($"/v2/{repository}/")));
    }

    [Fact]
    public async Task The_allowlist_refuses_repositories_it_does_not_name_per_registry()
    {
        var token = await MirrorToken();
        foreach (var path in new[] { "/v2/someone/app/manifests/latest", $"/v2/{PasswordFixture.OtherName}/elsewhere/app/manifests/latest" })
        {
            using var refused = await mirror.Client.SendAsync(MirrorClient.Get(path, token));
            await MirrorClient.AssertOciError(refused, 403, "DENIED");
        }
        var mark = mirror.OtherLog.Count;
        using var allowed = await mirror.Client.SendAsync(MirrorClient.Get($"/v2/{PasswordFixture.OtherName}/team/app/manifests/latest", token));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains(mirror.OtherLog.Skip(mark), r => r.Server == "hub" && r.PathAndQuery == "/v2/team/app/manifests/latest");
        // Refused repositories never reach an upstream.
        Assert.DoesNotContain(mirror.Log, r => r.PathAndQuery.Contains("someone/app"));
        Assert.DoesNotContain(mirror.OtherLog, r => r.PathAndQuery.Contains("elsewhere/app"));
    }

    [Fact]
    public async Task Log_lines_never_contain_the_password_the_credentials_or_any_token()
    {
        var token = await MirrorToken();
        using (var response = await mirror.Client.SendAsync(MirrorClient.Get("/v2/private/secret/manifests/latest", token)))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = await LogLines.WaitFor(() => mirror.Worker.Output,
            l => l.Str("repository") == "private/secret" && l.Int("status") == 200);
        Assert.Equal("manifest", line.Str("route"));
        Assert.Equal("docker.io", line.Str("registry"));
        var output = mirror.Worker.Output;
        foreach (var secret in new[] { PasswordFixture.Password, "wonderland", token, "fake.alice", Basic("whoever", PasswordFixture.Password).Parameter! })
            Assert.DoesNotContain(secret, output);
    }
}
