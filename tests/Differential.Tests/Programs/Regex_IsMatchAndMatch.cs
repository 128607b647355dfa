using System;
using System.Text.RegularExpressions;

class Program
{
    static void Main()
    {
        var digest = new Regex(@"^(?<algo>sha256|sha512):(?<hex>[a-f0-9]{8,})$");
        foreach (var s in new[] { "sha256:0123456789abcdef", "sha512:deadbeefcafe", "md5:0123456789", "sha256:XYZ", "sha256:abc" })
        {
            var m = digest.Match(s);
            Console.WriteLine($"{s}: {digest.IsMatch(s)} {m.Success} algo={m.Groups["algo"].Value} hex={m.Groups["hex"].Value} len={m.Groups["hex"].Length}");
        }
        Console.WriteLine(Regex.IsMatch("Hello World", "world"));
        Console.WriteLine(Regex.IsMatch("Hello World", "world", RegexOptions.IgnoreCase));
        Console.WriteLine(Regex.IsMatch("abc123", @"\d+"));
        Console.WriteLine(Regex.IsMatch("abc", @"^\w+$") + " " + Regex.IsMatch("a b", @"^\w+$"));

        var route = new Regex(@"^/v2/(?<name>(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/?)+?)/(?<kind>manifests|blobs|tags)/(?<ref>[^/]+)$");
        foreach (var path in new[] { "/v2/library/nginx/manifests/latest", "/v2/ghcr.io/owner/app/blobs/sha256:abc", "/v2/nginx/tags/list", "/v2/", "/v2/UPPER/manifests/x" })
        {
            var m = route.Match(path);
            if (m.Success)
                Console.WriteLine($"{path} -> name={m.Groups["name"].Value} kind={m.Groups["kind"].Value} ref={m.Groups["ref"].Value}");
            else
                Console.WriteLine(path + " -> no match");
        }

        var m2 = Regex.Match("key=value; other=thing", @"(\w+)=(\w+)");
        Console.WriteLine(m2.Value + " at " + m2.Index + " len " + m2.Length + " groups " + m2.Groups.Count + " " + m2.Groups[1].Value + "/" + m2.Groups[2].Value);
        var next = m2.NextMatch();
        Console.WriteLine(next.Success + " " + next.Value + " " + next.Index);
        Console.WriteLine(next.NextMatch().Success);
        var auth = Regex.Match("Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\"", "realm=\"(?<realm>[^\"]*)\"");
        Console.WriteLine(auth.Groups["realm"].Value + " " + auth.Groups["realm"].Success + " " + auth.Groups["missing"].Success);
        var optional = Regex.Match("v1", @"v(?<major>\d+)(\.(?<minor>\d+))?");
        Console.WriteLine(optional.Groups["major"].Value + " [" + optional.Groups["minor"].Value + "] " + optional.Groups["minor"].Success);
        Console.WriteLine(Regex.Match("no digits", @"\d").Success + " [" + Regex.Match("no digits", @"\d").Value + "]");
        Console.WriteLine(Regex.Escape("a.b*c?(d)[e]{f}^$|\\ g"));
        Console.WriteLine(Regex.IsMatch("line1\nline2", "^line2$", RegexOptions.Multiline) + " " + Regex.IsMatch("line1\nline2", "^line2$"));
        Console.WriteLine(Regex.Match("aaa", "a+?").Value + " " + Regex.Match("aaa", "a+").Value + " " + Regex.Match("<a><b>", "<.*?>").Value);
        Console.WriteLine(Regex.IsMatch("über", @"^\w+$") + " " + Regex.IsMatch("2024-01-05", @"^\d{4}-\d{2}-\d{2}$"));
    }
}
