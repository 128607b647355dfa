using System;

class Program
{
    static void Main()
    {
        string s = "Registry-1.Docker.io";
        Console.WriteLine(s.StartsWith("Registry"));
        Console.WriteLine(s.StartsWith("registry"));
        Console.WriteLine(s.StartsWith("registry", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.StartsWith("registry", StringComparison.Ordinal));
        Console.WriteLine(s.StartsWith('R'));
        Console.WriteLine(s.StartsWith(""));
        Console.WriteLine(s.EndsWith(".io"));
        Console.WriteLine(s.EndsWith(".IO"));
        Console.WriteLine(s.EndsWith(".IO", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.EndsWith('o'));
        Console.WriteLine(s.EndsWith("Registry-1.Docker.io.x"));
        Console.WriteLine(s.Equals("registry-1.docker.io"));
        Console.WriteLine(s.Equals("registry-1.docker.io", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.Equals("registry-1.docker.io", StringComparison.InvariantCultureIgnoreCase));
        Console.WriteLine(string.Equals(s, "REGISTRY-1.DOCKER.IO", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(string.Equals(null, null));
        Console.WriteLine(string.Equals(s, null));
        Console.WriteLine(s == "Registry-1.Docker.io");
        Console.WriteLine(s != "Registry-1.Docker.io");
        string? nothing = null;
        Console.WriteLine(nothing == null);
        Console.WriteLine("a" + nothing + "b");
        Console.WriteLine(string.IsNullOrEmpty(nothing));
        Console.WriteLine(string.IsNullOrEmpty(""));
        Console.WriteLine(string.IsNullOrEmpty(" "));
        Console.WriteLine(string.IsNullOrWhiteSpace(" \t\n"));
        Console.WriteLine(string.IsNullOrWhiteSpace("x"));
        Console.WriteLine(string.Empty.Length);

        string[] paths = { "/v2/", "/v2/library/nginx/manifests/latest", "/v2/ghcr.io/owner/img/blobs/sha256:00", "/token", "/V2/X" };
        foreach (var p in paths)
        {
            string kind = p.EndsWith("/manifests/latest") ? "manifest"
                : p.Contains("/blobs/") ? "blob"
                : p.StartsWith("/v2/", StringComparison.Ordinal) ? "api"
                : p.StartsWith("/v2/", StringComparison.OrdinalIgnoreCase) ? "api (case)"
                : "other";
            Console.WriteLine(p + " => " + kind);
        }
        Console.WriteLine("abc".CompareTo("abd"));
        Console.WriteLine("b".CompareTo("a"));
        Console.WriteLine("a".CompareTo("a"));
        Console.WriteLine("Hello".ToUpper() + " " + "Hello".ToLower() + " " + "Hello".ToUpperInvariant() + " " + "HeLLo".ToLowerInvariant());
    }
}
