using System.Text;

namespace EdgeMirror.Deployer.Tests.Fakes;

/// <summary>Splits a multipart/form-data body (what wrangler uploads a Worker as) into named parts.</summary>
public static class MultipartBody
{
    public sealed record Part(string Name, string? FileName, string? ContentType, string Content);

    public static IReadOnlyList<Part> Parse(string contentType, byte[] body)
    {
        var boundary = contentType.Split(';').Select(p => p.Trim())
            .First(p => p.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))["boundary=".Length..].Trim('"');
        var text = Encoding.UTF8.GetString(body);
        var parts = new List<Part>();
        foreach (var chunk in text.Split("--" + boundary))
        {
            if (chunk.StartsWith("--") || chunk.Trim().Length == 0) continue;
            var section = chunk.StartsWith("\r\n") ? chunk[2..] : chunk;
            var split = section.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = section[..split].Split("\r\n");
            var content = section[(split + 4)..];
            if (content.EndsWith("\r\n")) content = content[..^2];
            var disposition = headers.First(h => h.StartsWith("Content-Disposition", StringComparison.OrdinalIgnoreCase));
            parts.Add(new Part(Attribute(disposition, "name")!, Attribute(disposition, "filename"),
                headers.FirstOrDefault(h => h.StartsWith("Content-Type", StringComparison.OrdinalIgnoreCase))?.Split(':', 2)[1].Trim(),
                content));
        }
        return parts;
    }

    private static string? Attribute(string header, string name)
    {
        var marker = $"{name}=\"";
        var start = header.IndexOf("; " + marker, StringComparison.Ordinal);
        if (start < 0) return null;
        start += marker.Length + 2;
        return header[start..header.IndexOf('"', start)];
    }
}
