using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EdgeMirror.TestSupport;
using EdgeMirror.TestSupport.Registry;
using EdgeMirror.Worker.Tests.Workerd;
using static EdgeMirror.Worker.Tests.Workerd.MirrorClient;

namespace EdgeMirror.Worker.Tests.Caching;

/// <summary>The edge cache of the compiled Worker in workerd (wrangler dev's local Cache API and R2).</summary>
[Collection(CacheCollection.Name)]
public sealed class EdgeCacheTests(CacheFixture mirror)
{
    private HttpClient Client => mirror.Client;
    private const string Flaky = "/v2/" + CacheFixture.FlakyName + "/team/app";

    private static HttpRequestMessage WithAccept(string path, string accept, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    [Fact]
    public async Task A_blob_is_stored_as_it_streams_to_the_first_client_and_then_served_without_the_upstream()
    {
        var layer = mirror.FlakyImage.LayerDigests[0];
        using var first = await Client.SendAsync(Get($"{Flaky}/blobs/{layer}"));
        Assert.Equal("MISS", Header(first, "X-Cache"));
        Assert.Equal(layer, TestImage.Digest(await first.Content.ReadAsByteArrayAsync()));
        using var stored = await mirror.UntilHit(() => Get($"{Flaky}/blobs/{layer}"));
        Assert.Equal("HIT", Header(stored, "X-Cache"));

        var mark = mirror.Mark();
        using var hit = await Client.SendAsync(Get($"/v2/{CacheFixture.FlakyName}/other/repository/blobs/{layer}"));
        Assert.Equal("HIT", Header(hit, "X-Cache"));
        Assert.Equal(mirror.FlakyImage.Blobs[layer], await hit.Content.ReadAsByteArrayAsync());
        Assert.Equal(layer, Header(hit, "Docker-Content-Digest"));
        Assert.Equal(mirror.FlakyImage.Blobs[layer].Length, hit.Content.Headers.ContentLength);
        Assert.Empty(mirror.Since(mark, "flaky"));
    }

    [Fact]
    public async Task Head_on_a_cached_blob_is_answered_from_the_cache_with_its_length_and_digest()
    {
        var layer = mirror.FlakyImage.LayerDigests[1];
        using (var first = await Client.SendAsync(Get($"{Flaky}/blobs/{layer}"))) await first.Content.ReadAsByteArrayAsync();
        using (await mirror.UntilHit(() => Get($"{Flaky}/blobs/{layer}"))) { }

        var mark = mirror.Mark();
        using var head = await Client.SendAsync(Get($"{Flaky}/blobs/{layer}", method: HttpMethod.Head));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("HIT", Header(head, "X-Cache"));
        Assert.Equal(mirror.FlakyImage.Blobs[layer].Length, head.Content.Headers.ContentLength);
        Assert.Equal(layer, Header(head, "Docker-Content-Digest"));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Empty(mirror.Since(mark, "flaky"));
    }

    // docker and containerd resume a broken layer download with Range: bytes=N-, and containerd's parallel chunked
    // fetches ask for every chunk after the first that way: a stored blob answers them without the upstream.
    [Fact]
    public async Task A_resumed_or_chunked_download_of_a_stored_blob_gets_its_range_from_the_cache_even_while_the_upstream_fails()
    {
        var layer = mirror.RangesImage.LayerDigests[0];
        var blob = mirror.RangesImage.Blobs[layer];
        var path = $"/v2/{CacheFixture.RangesName}/team/app/blobs/{layer}";
        using (var first = await Client.SendAsync(Get(path))) Assert.Equal(blob, await first.Content.ReadAsByteArrayAsync());
        using (await mirror.UntilHit(() => Get(path))) { }

        mirror.Ranges.FailWith = 503;
        try
        {
            var mark = mirror.Mark();
            foreach (var (from, to) in new (int, int?)[] { (1000, null), (0, 65_535), (blob.Length - 10, null), (7, 7) })
            {
                var request = Get(path);
                request.Headers.Range = new RangeHeaderValue(from, to);
                using var partial = await Client.SendAsync(request);
                var last = to ?? blob.Length - 1;
                Assert.True(HttpStatusCode.PartialContent == partial.StatusCode, $"bytes={from}-{to} answered {(int)partial.StatusCode}");
                Assert.Equal("HIT", Header(partial, "X-Cache"));
                Assert.Equal($"bytes {from}-{last}/{blob.Length}", Header(partial, "Content-Range"));
                Assert.Equal(last - from + 1, partial.Content.Headers.ContentLength);
                Assert.Equal(layer, Header(partial, "Docker-Content-Digest"));
                Assert.Equal(blob.AsSpan(from, last - from + 1).ToArray(), await partial.Content.ReadAsByteArrayAsync());
            }
            Assert.Empty(mirror.Since(mark, "ranges"));

            // What the cache does not serve (a suffix range) is still the upstream's to answer.
            var suffix = Get(path);
            suffix.Headers.Range = new RangeHeaderValue(null, 100);
            using var relayed = await Client.SendAsync(suffix);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, relayed.StatusCode);
            Assert.Equal("MISS", Header(relayed, "X-Cache"));
            Assert.Single(mirror.Since(mark, "ranges"));
        }
        finally
        {
            mirror.Ranges.FailWith = 0;
        }
    }

    [Fact]
    public async Task A_range_of_a_blob_not_yet_stored_is_relayed_and_stores_nothing()
    {
        var layer = mirror.RangesImage.LayerDigests[1];
        var path = $"/v2/{CacheFixture.RangesName}/team/app/blobs/{layer}";
        for (var i = 0; i < 2; i++)
        {
            var mark = mirror.Mark();
            var request = Get(path);
            request.Headers.Range = new RangeHeaderValue(10, null);
            using var partial = await Client.SendAsync(request);
            Assert.Equal("MISS", Header(partial, "X-Cache"));
            await partial.Content.ReadAsByteArrayAsync();
            Assert.Equal("bytes=10-", Assert.Single(mirror.Since(mark, "ranges")).Header("Range"));
            await Task.Delay(400); // time for a (wrong) store to have committed, if it were going to
        }
        using var whole = await Client.SendAsync(Get(path));
        Assert.Equal("MISS", Header(whole, "X-Cache"));
        Assert.Equal(mirror.RangesImage.Blobs[layer], await whole.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_on_a_manifest_stored_from_a_chunked_answer_still_reports_its_length_and_digest()
    {
        var path = $"{Flaky}/manifests/t-chunked-a";
        using (var first = await Client.SendAsync(Get(path)))
        {
            Assert.True(first.Headers.TransferEncodingChunked);
            Assert.Equal(mirror.FlakyImage.Manifest, await first.Content.ReadAsByteArrayAsync());
        }
        using (await mirror.UntilHit(() => Get(path))) { }

        using var head = await Client.SendAsync(Get(path, method: HttpMethod.Head));
        Assert.Equal("HIT", Header(head, "X-Cache"));
        Assert.Equal(mirror.FlakyImage.Manifest.Length, head.Content.Headers.ContentLength);
        Assert.Equal(mirror.FlakyImage.ManifestDigest, Header(head, "Docker-Content-Digest"));
        Assert.Equal(TestImage.ManifestMediaType, head.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_gzip_encoded_upstream_answer_reaches_the_client_as_it_came_and_is_not_stored()
    {
        for (var i = 0; i < 2; i++)
        {
            var mark = mirror.Mark();
            using var response = await Client.SendAsync(Get($"{Flaky}/manifests/t-gzip-a"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("MISS", Header(response, "X-Cache"));
            var bytes = await response.Content.ReadAsByteArrayAsync();
            // The body is what its Content-Encoding says it is (a client decodes it by that header).
            Assert.Equal("gzip", Header(response, "Content-Encoding"));
            using var gunzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
            using var decoded = new MemoryStream();
            await gunzip.CopyToAsync(decoded);
            Assert.Equal(mirror.FlakyImage.Manifest, decoded.ToArray());
            Assert.Single(mirror.Since(mark, "flaky"));
            await Task.Delay(400); // time for a (wrong) store to have committed, if it were going to
        }
    }

    [Fact]
    public async Task A_corrupted_upstream_blob_is_not_stored_and_the_next_pull_fetches_it_again()
    {
        var config = mirror.FlakyImage.ConfigDigest;
        mirror.Flaky.Corrupt[config] = true;
        try
        {
            for (var pull = 0; pull < 3; pull++)
            {
                var mark = mirror.Mark();
                using var response = await Client.SendAsync(Get($"{Flaky}/blobs/{config}"));
                Assert.True("MISS" == Header(response, "X-Cache"), $"pull {pull} was answered from the cache:\n{mirror.Worker.Output}");
                Assert.NotEqual(config, TestImage.Digest(await response.Content.ReadAsByteArrayAsync()));
                Assert.Single(mirror.Since(mark, "flaky"));
                await Task.Delay(400); // time for a (wrong) store to have committed, if it were going to
            }
        }
        finally
        {
            mirror.Flaky.Corrupt.TryRemove(config, out _);
        }
        using var good = await Client.SendAsync(Get($"{Flaky}/blobs/{config}"));
        Assert.Equal(config, TestImage.Digest(await good.Content.ReadAsByteArrayAsync()));
        using var hit = await mirror.UntilHit(() => Get($"{Flaky}/blobs/{config}"));
        Assert.Equal("HIT", Header(hit, "X-Cache"));
        Assert.Equal(config, TestImage.Digest(await hit.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task A_truncated_upstream_blob_is_not_stored()
    {
        var layer = mirror.FlakyImage.LayerDigests[2];
        mirror.Flaky.Truncate[layer] = true;
        try
        {
            for (var pull = 0; pull < 2; pull++)
            {
                var mark = mirror.Mark();
                using var response = await Client.SendAsync(Get($"{Flaky}/blobs/{layer}"), HttpCompletionOption.ResponseHeadersRead);
                Assert.Equal("MISS", Header(response, "X-Cache"));
                await Assert.ThrowsAnyAsync<Exception>(() => response.Content.ReadAsByteArrayAsync());
                Assert.Single(mirror.Since(mark, "flaky"));
                await Task.Delay(400);
            }
        }
        finally
        {
            mirror.Flaky.Truncate.TryRemove(layer, out _);
        }
    }

    [Fact]
    public async Task Accept_variants_of_a_tag_are_cached_apart()
    {
        var oci = FlakyRegistry.IndexMediaType + ", " + TestImage.ManifestMediaType;
        var docker = FlakyRegistry.ListMediaType + ", application/vnd.docker.distribution.manifest.v2+json";
        using (var first = await Client.SendAsync(WithAccept($"{Flaky}/manifests/multi", oci)))
            Assert.Equal(mirror.Flaky.Index, await first.Content.ReadAsByteArrayAsync());
        using var ociHit = await mirror.UntilHit(() => WithAccept($"{Flaky}/manifests/multi", oci));
        Assert.Equal("HIT", Header(ociHit, "X-Cache"));

        using var dockerFirst = await Client.SendAsync(WithAccept($"{Flaky}/manifests/multi", docker));
        Assert.Equal("MISS", Header(dockerFirst, "X-Cache"));
        Assert.Equal(mirror.Flaky.List, await dockerFirst.Content.ReadAsByteArrayAsync());
        Assert.Equal(FlakyRegistry.ListMediaType, dockerFirst.Content.Headers.ContentType!.MediaType);
        using var dockerHit = await mirror.UntilHit(() => WithAccept($"{Flaky}/manifests/multi", docker));
        Assert.Equal("HIT", Header(dockerHit, "X-Cache"));
        Assert.Equal(mirror.Flaky.List, await dockerHit.Content.ReadAsByteArrayAsync());

        using var ociAgain = await Client.SendAsync(WithAccept($"{Flaky}/manifests/multi", oci));
        Assert.Equal(mirror.Flaky.Index, await ociAgain.Content.ReadAsByteArrayAsync());
        Assert.Equal(FlakyRegistry.IndexMediaType, ociAgain.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_tag_manifest_is_fresh_for_the_ttl_and_then_asked_again()
    {
        using (var first = await Client.SendAsync(Get($"{Flaky}/manifests/t-ttl"))) await first.Content.ReadAsByteArrayAsync();
        using (var hit = await mirror.UntilHit(() => Get($"{Flaky}/manifests/t-ttl")))
        {
            Assert.Equal("HIT", Header(hit, "X-Cache"));
            Assert.Equal(mirror.FlakyImage.ManifestDigest, Header(hit, "Docker-Content-Digest"));
            Assert.True(int.Parse(Header(hit, "Age")!) <= CacheFixture.ManifestTtlSeconds);
        }
        await Task.Delay(TimeSpan.FromSeconds(CacheFixture.ManifestTtlSeconds + 0.5));
        var mark = mirror.Mark();
        using var again = await Client.SendAsync(Get($"{Flaky}/manifests/t-ttl"));
        Assert.Equal("MISS", Header(again, "X-Cache"));
        Assert.Single(mirror.Since(mark, "flaky"));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_stale_tag_manifest_stands_in_when_the_upstream_fails(int failure)
    {
        var tag = "t-stale-" + failure;
        using (var first = await Client.SendAsync(Get($"{Flaky}/manifests/{tag}"))) await first.Content.ReadAsByteArrayAsync();
        using (await mirror.UntilHit(() => Get($"{Flaky}/manifests/{tag}"))) { }
        await Task.Delay(TimeSpan.FromSeconds(CacheFixture.ManifestTtlSeconds + 0.5));

        mirror.Flaky.FailWith = failure;
        try
        {
            var mark = mirror.Mark();
            using var stale = await Client.SendAsync(Get($"{Flaky}/manifests/{tag}"));
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
            Assert.Equal("STALE", Header(stale, "X-Cache"));
            Assert.Contains("110", Header(stale, "Warning"));
            Assert.True(int.Parse(Header(stale, "Age")!) >= CacheFixture.ManifestTtlSeconds);
            Assert.Equal(mirror.FlakyImage.Manifest, await stale.Content.ReadAsByteArrayAsync());
            Assert.Single(mirror.Since(mark, "flaky"));

            using var uncached = await Client.SendAsync(Get($"{Flaky}/manifests/t-never-cached-{failure}"));
            Assert.Equal(failure, (int)uncached.StatusCode);
            Assert.Equal("MISS", Header(uncached, "X-Cache"));
        }
        finally
        {
            mirror.Flaky.FailWith = 0;
        }
    }

    [Fact]
    public async Task A_stale_tag_manifest_stands_in_when_the_upstream_is_unreachable()
    {
        var path = "/v2/" + CacheFixture.VanishingName + "/team/app/manifests/t-unreachable";
        using (var first = await Client.SendAsync(Get(path))) await first.Content.ReadAsByteArrayAsync();
        using (await mirror.UntilHit(() => Get(path))) { }
        await Task.Delay(TimeSpan.FromSeconds(CacheFixture.ManifestTtlSeconds + 0.5));
        mirror.Vanishing.Dispose();

        using var stale = await Client.SendAsync(Get(path));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal("STALE", Header(stale, "X-Cache"));
        Assert.Equal(mirror.FlakyImage.Manifest, await stale.Content.ReadAsByteArrayAsync());
        using var uncached = await Client.SendAsync(Get("/v2/" + CacheFixture.VanishingName + "/team/app/manifests/t-other"));
        Assert.Equal(HttpStatusCode.BadGateway, uncached.StatusCode);
        Assert.Equal("MISS", Header(uncached, "X-Cache"));
    }

    [Fact]
    public async Task Every_v2_answer_that_is_not_from_the_cache_says_x_cache_miss_and_the_page_has_none()
    {
        using var missing = await Client.SendAsync(Get($"{Flaky}/manifests/no-such-tag"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("MISS", Header(missing, "X-Cache"));
        using var ping = await Client.SendAsync(Get("/v2/"));
        Assert.Equal("MISS", Header(ping, "X-Cache"));
        using var write = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{Flaky}/blobs/uploads/"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, write.StatusCode);
        Assert.Equal("MISS", Header(write, "X-Cache"));
        using var unknown = await Client.SendAsync(Get("/v2/unknown.example/a/b/manifests/latest"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("MISS", Header(unknown, "X-Cache"));
        using var page = await Client.SendAsync(Get("/"));
        Assert.Null(Header(page, "X-Cache"));
    }

    [Fact]
    public async Task A_second_pull_of_an_image_through_the_token_flow_makes_no_upstream_blob_requests()
    {
        var reference = $"docker://{mirror.MirrorHostPort}/library/cachedimg:latest";
        var firstMark = mirror.Mark();
        var first = await Pull(reference);
        Assert.NotEmpty(mirror.Since(firstMark, "hub-storage"));
        await WaitUntilStored(mirror.HubImage);

        var mark = mirror.Mark();
        var second = await Pull(reference);
        Assert.Empty(mirror.Since(mark, "hub-storage"));
        Assert.DoesNotContain(mirror.Since(mark, "hub"), r => r.PathAndQuery.Contains("/blobs/"));
        Assert.Equal(first, second);
        Assert.Equal(mirror.HubImage.Blobs.Keys.Append(mirror.HubImage.ManifestDigest).Order(), second.Order());
    }

    [Fact]
    public async Task A_private_response_fetched_with_a_clients_credentials_is_never_served_to_an_anonymous_client()
    {
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:wonderland")));
        var (aliceToken, _) = await Token(Client, "service=fake-hub&scope=repository:private/secret:pull", basic);
        for (var i = 0; i < 2; i++)
        {
            var mark = mirror.Mark();
            using var own = await Client.SendAsync(Get("/v2/private/secret/manifests/latest", aliceToken));
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.Equal("MISS", Header(own, "X-Cache"));
            Assert.Single(mirror.Since(mark, "hub"));
            await own.Content.ReadAsByteArrayAsync();
            await Task.Delay(300);
        }

        // (Content by digest is shared by design: the same digest is the same bytes, and only bytes some
        // client fetched without credentials are ever stored. Tags are per repository.)
        var (anonymousToken, _) = await Token(Client, "service=fake-hub&scope=repository:private/secret:pull");
        using var stranger = await Client.SendAsync(Get("/v2/private/secret/manifests/latest", anonymousToken));
        Assert.Equal(HttpStatusCode.Unauthorized, stranger.StatusCode);
        Assert.Equal("MISS", Header(stranger, "X-Cache"));
        using var nobody = await Client.SendAsync(Get("/v2/private/secret/manifests/latest"));
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
    }

    [Fact]
    public async Task A_token_the_mirror_did_not_hand_out_does_not_make_responses_cacheable()
    {
        // A made-up token the upstream happens to accept stands for credentials obtained elsewhere.
        var forged = "fake.anonymous." + Convert.ToBase64String(Encoding.UTF8.GetBytes("repository:library/forged:pull"));
        for (var i = 0; i < 2; i++)
        {
            using var response = await Client.SendAsync(Get("/v2/library/forged/manifests/latest", forged));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("MISS", Header(response, "X-Cache"));
            await Task.Delay(300);
        }
        var (token, _) = await Token(Client, "service=fake-hub&scope=repository:library/forged:pull");
        using (await Client.SendAsync(Get("/v2/library/forged/manifests/latest", token))) { }
        using var hit = await mirror.UntilHit(() => Get("/v2/library/forged/manifests/latest", token));
        Assert.Equal("HIT", Header(hit, "X-Cache"));
    }

    private async Task<List<string>> Pull(string reference)
    {
        var dir = Directory.CreateTempSubdirectory("edgemirror-cache-pull-").FullName;
        try
        {
            await Tool.Skopeo("copy", "--src-tls-verify=false", reference, "dir:" + dir);
            return Directory.GetFiles(dir)
                .Where(f => Path.GetFileName(f) != "version")
                .Select(f => TestImage.Digest(File.ReadAllBytes(f)))
                .Order()
                .ToList();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // Stored means answered from the cache; asked with a fresh anonymous token, as a client would.
    private async Task WaitUntilStored(TestImage image)
    {
        var (token, _) = await Token(Client, "service=fake-hub&scope=repository:library/cachedimg:pull");
        foreach (var digest in image.Blobs.Keys)
        {
            using var hit = await mirror.UntilHit(() => Get($"/v2/library/cachedimg/blobs/{digest}", token));
            Assert.Equal("HIT", Header(hit, "X-Cache"));
        }
    }
}
