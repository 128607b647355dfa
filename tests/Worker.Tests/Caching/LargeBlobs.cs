using System.Collections.Concurrent;
using EdgeMirror.TestSupport;
using EdgeMirror.TestSupport.Registry;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Caching;

/// <summary>Blobs over the size from which the Worker stores a blob from a second download (Edge/Caching/SecondDownload,
/// 16 MiB), one per test so no test meets another's cache entry. Made once per test process and served by a
/// <see cref="FlakyRegistry"/> named <see cref="RegistryName"/> in each fixture that runs <see cref="SecondDownloadTests"/>.</summary>
public static class LargeBlobs
{
    public const string RegistryName = "large.test";
    public const string Repository = "/v2/" + RegistryName + "/team/big";
    public const int LayerBytes = 17 << 20;

    private static readonly Lazy<TestImage> Made = new(() => TestImage.Create(14, LayerBytes, LayerBytes, LayerBytes, LayerBytes, LayerBytes, LayerBytes));

    public static TestImage Image => Made.Value;
}

/// <summary>A running caching mirror that serves <see cref="LargeBlobs"/> from <see cref="Large"/>.</summary>
public interface ILargeBlobMirror
{
    HttpClient Client { get; }
    WorkerHost Worker { get; }
    FlakyRegistry Large { get; }
    ConcurrentQueue<RecordedRequest> Log { get; }
}
