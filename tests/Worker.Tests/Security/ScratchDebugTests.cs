using EdgeMirror.Worker.Tests.Caching;
using EdgeMirror.Worker.Tests.Workerd;
using Xunit.Abstractions;
namespace EdgeMirror.Worker.Tests.Security;
[Collection(CacheCollection.Name)]
public sealed class ScratchDebugTests(CacheFixture mirror, ITestOutputHelper output)
{
    [Fact]
    public async Task Scratch()
    {
        var layer = mirror.FlakyImage.LayerDigests[0];
        using var r = await mirror.Client.SendAsync(MirrorClient.Get($"/v2/{CacheFixture.FlakyName}/team/app/blobs/{layer}"));
        output.WriteLine((int)r.StatusCode + " " + (await r.Content.ReadAsStringAsync())[..Math.Min(300, (int)(r.Content.Headers.ContentLength ?? 300))]);
        await Task.Delay(500);
        output.WriteLine(string.Join("\n", mirror.Worker.Output.Split('\n').TakeLast(15)));
    }
}
