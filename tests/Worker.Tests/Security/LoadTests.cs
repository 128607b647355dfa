using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using EdgeMirror.TestSupport.Registry;
using EdgeMirror.Worker.Tests.Workerd;
using Xunit.Abstractions;

namespace EdgeMirror.Worker.Tests.Security;

/// <summary>200 clients pull the same multi-layer image at once through the Worker (the full client flow:
/// ping, token, manifest, every blob through its storage redirect); every digest is verified and no request
/// may fail. The figures printed here are the "Load" section of bench/README.md.</summary>
[Collection(SecurityCollection.Name)]
public sealed class LoadTests(SecurityFixture mirror, ITestOutputHelper output)
{
    private const int Pulls = 200;
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Two_hundred_concurrent_pulls_of_a_multi_layer_image_all_verify_with_zero_errors()
    {
        var errors = new ConcurrentQueue<string>();
        var durations = new ConcurrentBag<double>();
        long bytes = 0, requests = 0;
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false, MaxConnectionsPerServer = Pulls })
        {
            BaseAddress = mirror.Worker.BaseAddress,
            Timeout = Budget,
        };
        using var cancel = new CancellationTokenSource(Budget);
        var start = new TaskCompletionSource();
        var watch = new Stopwatch();

        async Task Pull(int n)
        {
            await start.Task;
            var pull = Stopwatch.StartNew();
            try
            {
                using (var ping = await client.GetAsync("/v2/", cancel.Token))
                {
                    Interlocked.Increment(ref requests);
                    if (ping.StatusCode != HttpStatusCode.Unauthorized) throw new InvalidOperationException("ping answered " + ping.StatusCode);
                }
                var (token, _) = await MirrorClient.Token(client, $"service={FakeHub.Service}&scope=repository:library/loadimg:pull");
                Interlocked.Increment(ref requests);
                using var manifestResponse = await client.SendAsync(MirrorClient.Get("/v2/loadimg/manifests/latest", token), cancel.Token);
                Interlocked.Increment(ref requests);
                var manifest = await manifestResponse.Content.ReadAsByteArrayAsync(cancel.Token);
                if (manifestResponse.StatusCode != HttpStatusCode.OK || TestImage.Digest(manifest) != mirror.Image.ManifestDigest)
                    throw new InvalidOperationException($"manifest: {(int)manifestResponse.StatusCode}, digest {TestImage.Digest(manifest)}");
                var document = JsonDocument.Parse(manifest).RootElement;
                var digests = new[] { document.GetProperty("config").GetProperty("digest").GetString()! }
                    .Concat(document.GetProperty("layers").EnumerateArray().Select(l => l.GetProperty("digest").GetString()!));
                foreach (var digest in digests)
                {
                    using var blob = await client.SendAsync(MirrorClient.Get("/v2/loadimg/blobs/" + digest, token), cancel.Token);
                    Interlocked.Increment(ref requests);
                    var content = await blob.Content.ReadAsByteArrayAsync(cancel.Token);
                    if (blob.StatusCode != HttpStatusCode.OK || TestImage.Digest(content) != digest)
                        throw new InvalidOperationException($"blob {digest}: {(int)blob.StatusCode}, digest {TestImage.Digest(content)}");
                    Interlocked.Add(ref bytes, content.Length);
                }
                Interlocked.Add(ref bytes, manifest.Length);
                durations.Add(pull.Elapsed.TotalMilliseconds);
            }
            catch (Exception e)
            {
                errors.Enqueue($"pull {n}: {e.GetType().Name}: {e.Message}");
            }
        }

        var pulls = Enumerable.Range(0, Pulls).Select(n => Task.Run(() => Pull(n))).ToList();
        watch.Start();
        start.SetResult();
        await Task.WhenAll(pulls);
        watch.Stop();

        var sorted = durations.OrderBy(d => d).ToList();
        double Percentile(double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
        output.WriteLine($"load: {Pulls} concurrent pulls of a {mirror.Image.Blobs.Count}-blob image, {requests} requests, "
                         + $"{bytes / 1048576.0:F1} MiB in {watch.Elapsed.TotalSeconds:F1} s = {requests / watch.Elapsed.TotalSeconds:F0} req/s, "
                         + $"{bytes / 1048576.0 / watch.Elapsed.TotalSeconds:F1} MiB/s; pull p50 {Percentile(0.5):F0} ms, p95 {Percentile(0.95):F0} ms, "
                         + $"max {Percentile(1):F0} ms; errors {errors.Count}");
        Assert.True(errors.IsEmpty, string.Join("\n", errors.Take(10)));
        Assert.Equal(Pulls, durations.Count);
    }
}
