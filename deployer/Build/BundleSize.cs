using System.IO.Compression;

namespace EdgeMirror.Deployer.Build;

/// <summary>What Cloudflare counts against the Worker size limit: the uploaded bundle, raw and gzipped.</summary>
public sealed record BundleSize(string File, long RawBytes, long GzipBytes)
{
    public static BundleSize Measure(string file)
    {
        var bytes = System.IO.File.ReadAllBytes(file);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(bytes);
        return new BundleSize(file, bytes.LongLength, compressed.Length);
    }

    public static string Format(long bytes) => bytes < 1024 ? $"{bytes} B" : $"{bytes / 1024.0:0.0} KiB";

    public override string ToString() => $"{Format(RawBytes)} (gzip {Format(GzipBytes)})";
}
