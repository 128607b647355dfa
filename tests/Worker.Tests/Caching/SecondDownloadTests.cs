using System.Net;
using EdgeMirror.TestSupport.Registry;
using static EdgeMirror.Worker.Tests.Workerd.MirrorClient;

namespace EdgeMirror.Worker.Tests.Caching;

/// <summary>Large blobs (from 16 MiB) are relayed to their first client untouched and stored from a second download
/// of the same digest once that client has them (Edge/Caching/SecondDownload): what the client gets, when the
/// second download happens, and that what it brings is stored only when it matches the digest. Run against a
/// mirror with R2 (which checks the digest itself) and one with the Cache API only (where the Worker does).</summary>
public abstract class SecondDownloadTests(ILargeBlobMirror mirror)
{
    private HttpClient Client => mirror.Client;

    private static string BlobPath(int layer) => $"{LargeBlobs.Repository}/blobs/{LargeBlobs.Image.LayerDigests[layer]}";

    private int UpstreamGets(int layer) =>
        mirror.Log.Count(r => r.Server == "large" && r.Method == "GET" && r.PathAndQuery.EndsWith(LargeBlobs.Image.LayerDigests[layer], StringComparison.Ordinal));

    // HEAD, not GET: a GET that misses would download (and store) the blob once more.
    private async Task<string?> CacheStatusWithin(int layer, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            using var head = await Client.SendAsync(Get(BlobPath(layer), method: HttpMethod.Head));
            var status = Header(head, "X-Cache");
            if (status == "HIT" || DateTime.UtcNow >= deadline) return status;
            await Task.Delay(150);
        }
    }

    private async Task UntilUpstreamGets(int layer, int count)
    {
        for (var attempt = 0; UpstreamGets(layer) < count && attempt < 100; attempt++) await Task.Delay(100);
        Assert.True(UpstreamGets(layer) >= count, $"the upstream saw {UpstreamGets(layer)} GETs of layer {layer}, not {count}:\n{mirror.Worker.Output}");
    }

    private async Task AssertHitWithTheRightBytes(int layer)
    {
        using var hit = await Client.SendAsync(Get(BlobPath(layer)));
        Assert.Equal("HIT", Header(hit, "X-Cache"));
        Assert.Equal(LargeBlobs.Image.LayerDigests[layer], TestImage.Digest(await hit.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task A_large_blob_reaches_its_first_client_whole_and_is_downloaded_again_for_the_cache_only_once_that_client_has_it()
    {
        const int layer = 0;
        using (var first = await Client.SendAsync(Get(BlobPath(layer)), HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal("MISS", Header(first, "X-Cache"));
            Assert.Equal(LargeBlobs.Image.Blobs[LargeBlobs.Image.LayerDigests[layer]].Length, first.Content.Headers.ContentLength);
            var body = await first.Content.ReadAsStreamAsync();
            var start = new byte[1 << 20];
            await body.ReadExactlyAsync(start);
            // The client holds the rest back for a while (what the harness's proxies buffer meanwhile, the Worker
            // counts as delivered): a second download started at once would overlap the first one.
            await Task.Delay(1500);
            var rest = new MemoryStream();
            await body.CopyToAsync(rest);
            Assert.Equal(LargeBlobs.Image.LayerDigests[layer], TestImage.Digest([.. start, .. rest.ToArray()]));
        }

        Assert.Equal("HIT", await CacheStatusWithin(layer, TimeSpan.FromSeconds(15)));
        Assert.Equal(2, UpstreamGets(layer));
        Assert.False(mirror.Large.GetWhileSending.ContainsKey(LargeBlobs.Image.LayerDigests[layer]),
            "the second download began while the first was still coming from the upstream");
        await AssertHitWithTheRightBytes(layer);
        Assert.Equal(2, UpstreamGets(layer));
    }

    [Theory]
    [InlineData(LaterAnswer.OtherBytes, 1)]
    [InlineData(LaterAnswer.Failure, 2)]
    [InlineData(LaterAnswer.CutShort, 3)]
    public async Task A_large_blob_whose_second_download_goes_wrong_is_not_stored_and_the_next_pull_fetches_it_again(LaterAnswer fault, int layer)
    {
        mirror.Large.AfterFirstGet[LargeBlobs.Image.LayerDigests[layer]] = fault;
        try
        {
            using (var first = await Client.SendAsync(Get(BlobPath(layer))))
            {
                Assert.Equal("MISS", Header(first, "X-Cache"));
                Assert.Equal(LargeBlobs.Image.LayerDigests[layer], TestImage.Digest(await first.Content.ReadAsByteArrayAsync()));
            }
            await UntilUpstreamGets(layer, 2);
            // Time for a store of what the second download brought to commit, if it were going to.
            Assert.Equal("MISS", await CacheStatusWithin(layer, TimeSpan.FromSeconds(2)));
            Assert.Equal(2, UpstreamGets(layer));
        }
        finally
        {
            mirror.Large.AfterFirstGet.TryRemove(LargeBlobs.Image.LayerDigests[layer], out _);
        }

        using (var again = await Client.SendAsync(Get(BlobPath(layer))))
        {
            Assert.Equal("MISS", Header(again, "X-Cache"));
            Assert.Equal(LargeBlobs.Image.LayerDigests[layer], TestImage.Digest(await again.Content.ReadAsByteArrayAsync()));
        }
        Assert.Equal("HIT", await CacheStatusWithin(layer, TimeSpan.FromSeconds(15)));
        await AssertHitWithTheRightBytes(layer);
        Assert.Equal(4, UpstreamGets(layer));
    }

    [Fact]
    public async Task A_client_that_hangs_up_early_still_leaves_the_large_blob_stored_and_verified_for_the_next()
    {
        const int layer = 4;
        using (var first = await Client.SendAsync(Get(BlobPath(layer)), HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal("MISS", Header(first, "X-Cache"));
            var body = await first.Content.ReadAsStreamAsync();
            await body.ReadExactlyAsync(new byte[256 << 10]);
        }

        Assert.Equal("HIT", await CacheStatusWithin(layer, TimeSpan.FromSeconds(15)));
        await AssertHitWithTheRightBytes(layer);
        Assert.Equal(2, UpstreamGets(layer));
    }

    [Fact]
    public async Task A_large_blob_fetched_with_a_clients_own_credentials_is_relayed_without_a_second_download_and_never_stored()
    {
        const int layer = 5;
        using (var first = await Client.SendAsync(Get(BlobPath(layer), token: "a-token-the-mirror-never-issued")))
        {
            Assert.Equal("MISS", Header(first, "X-Cache"));
            Assert.Equal(LargeBlobs.Image.LayerDigests[layer], TestImage.Digest(await first.Content.ReadAsByteArrayAsync()));
        }
        // Time for a second download to have begun, if there were going to be one.
        await Task.Delay(1500);
        Assert.Equal("MISS", await CacheStatusWithin(layer, TimeSpan.Zero));
        Assert.Equal(1, UpstreamGets(layer));
    }
}

/// <summary><see cref="SecondDownloadTests"/> with R2 bound: stores go to R2 (which refuses a body whose sha256 is not
/// the digest) and from there to the Cache API.</summary>
[Collection(CacheCollection.Name)]
public sealed class SecondDownloadWithR2Tests(CacheFixture mirror) : SecondDownloadTests(mirror);

/// <summary><see cref="SecondDownloadTests"/> with the Cache API alone, the default deployment: the Worker reads each
/// stored copy back and checks its digest before committing it.</summary>
[Collection(CacheApiOnlyCollection.Name)]
public sealed class SecondDownloadCacheApiOnlyTests(CacheApiOnlyFixture mirror) : SecondDownloadTests(mirror);
