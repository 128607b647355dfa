using System;
using System.Collections.Generic;
using System.Text;

static class Challenge
{
    public static (string Scheme, Dictionary<string, string> Params) Parse(string header)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        header = header.Trim();
        int space = header.IndexOf(' ');
        if (space < 0) return (header, result);
        var scheme = header.Substring(0, space);
        int i = space + 1;
        while (i < header.Length)
        {
            while (i < header.Length && (header[i] == ' ' || header[i] == ',')) i++;
            int eq = header.IndexOf('=', i);
            if (eq < 0) break;
            var key = header.Substring(i, eq - i).Trim();
            i = eq + 1;
            string value;
            if (i < header.Length && header[i] == '"')
            {
                var sb = new StringBuilder();
                i++;
                while (i < header.Length && header[i] != '"')
                {
                    if (header[i] == '\\' && i + 1 < header.Length) i++;
                    sb.Append(header[i]);
                    i++;
                }
                i++;
                value = sb.ToString();
            }
            else
            {
                int end = header.IndexOf(',', i);
                if (end < 0) end = header.Length;
                value = header.Substring(i, end - i).Trim();
                i = end;
            }
            result[key] = value;
        }
        return (scheme, result);
    }

    public static string TokenUrl(Dictionary<string, string> p, IEnumerable<string> scopes)
    {
        var sb = new StringBuilder(p["realm"]);
        char sep = p["realm"].Contains('?') ? '&' : '?';
        if (p.TryGetValue("service", out var service))
        {
            sb.Append(sep).Append("service=").Append(Uri.EscapeDataString(service));
            sep = '&';
        }
        foreach (var scope in scopes)
        {
            sb.Append(sep).Append("scope=").Append(Uri.EscapeDataString(scope));
            sep = '&';
        }
        return sb.ToString();
    }
}

class Program
{
    static void Main()
    {
        var headers = new[]
        {
            "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:library/nginx:pull\"",
            "Bearer realm=\"https://ghcr.io/token\",service=\"ghcr.io\",scope=\"repository:owner/app:pull\"",
            "Basic realm=\"Registry Realm\"",
            "Bearer realm=\"https://quay.io/v2/auth?x=1\", service=quay.io , error=\"insufficient_scope\"",
            "Bearer realm=\"https://r.example/token\",service=\"with \\\"escaped\\\" quotes\"",
            "Negotiate",
        };
        foreach (var h in headers)
        {
            var (scheme, p) = Challenge.Parse(h);
            Console.WriteLine($"{scheme}: {p.Count} param(s)");
            foreach (var kv in p) Console.WriteLine($"  {kv.Key} = [{kv.Value}]");
            if (scheme == "Bearer" && p.ContainsKey("realm"))
                Console.WriteLine("  token url: " + Challenge.TokenUrl(p, new[] { p.GetValueOrDefault("scope") ?? "repository:library/busybox:pull", "repository:extra/thing:pull,push" }));
        }
        var creds = Convert.ToBase64String(Encoding.UTF8.GetBytes("user:tok3n=="));
        Console.WriteLine("Authorization: Basic " + creds);
    }
}
