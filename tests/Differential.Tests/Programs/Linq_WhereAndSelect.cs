using System;
using System.Collections.Generic;
using System.Linq;

record Image(string Registry, string Name, int Pulls, string[] Tags);

class Program
{
    static void Main()
    {
        int[] nums = { 5, 10, 3, 8, 1, 12, 7 };
        Console.WriteLine(string.Join(",", nums.Where(n => n > 4)));
        Console.WriteLine(string.Join(",", nums.Where((n, i) => i % 2 == 0)));
        Console.WriteLine(string.Join(",", nums.Where((n, i) => n > i * 2)));
        Console.WriteLine(string.Join(",", nums.Select(n => n * n)));
        Console.WriteLine(string.Join(",", nums.Select((n, i) => $"{i}:{n}")));
        Console.WriteLine(string.Join(",", nums.Select(n => n / 2.0)));
        Console.WriteLine(string.Join(",", nums.Where(n => n % 2 == 1).Select(n => n * 10).Where(n => n > 20)));
        Console.WriteLine(nums.Where(n => n > 100).Count());
        Console.WriteLine(string.Join("|", new[] { "a b", "c", "d e f" }.SelectMany(s => s.Split(' '))));
        Console.WriteLine(string.Join("|", new[] { 1, 2, 3 }.SelectMany(n => Enumerable.Repeat(n, n))));
        var images = new List<Image>
        {
            new("docker.io", "nginx", 1000, new[] { "latest", "1.25" }),
            new("ghcr.io", "app", 10, new[] { "main" }),
            new("docker.io", "redis", 500, new string[0]),
            new("quay.io", "etcd", 50, new[] { "v3", "v3.5", "latest" }),
        };
        Console.WriteLine(string.Join(", ", images.Where(i => i.Registry == "docker.io").Select(i => i.Name)));
        Console.WriteLine(string.Join(", ", images.Where(i => i.Tags.Contains("latest")).Select(i => $"{i.Registry}/{i.Name}")));
        Console.WriteLine(string.Join(", ", images.SelectMany(i => i.Tags, (i, t) => i.Name + ":" + t)));
        Console.WriteLine(string.Join(", ", images.Select(i => (i.Name, Popular: i.Pulls > 100)).Where(x => x.Popular).Select(x => x.Name)));
        var anon = images.Select((img, idx) => (Index: idx, img.Name, TagCount: img.Tags.Length)).ToList();
        foreach (var a in anon) Console.WriteLine(a.Index + " " + a.Name + " " + a.TagCount);
        Console.WriteLine(anon[0]);
        var query = images.Where(i => i.Pulls >= 50).OrderByDescending(i => i.Pulls).Select(i => i.Name.ToUpper());
        Console.WriteLine(string.Join(" > ", query));
        var cross = new[] { 1, 2 }.SelectMany(a => new[] { 'x', 'y' }, (a, b) => $"{a}{b}");
        Console.WriteLine(string.Join(" ", cross));
        Console.WriteLine(string.Join(",", "hello".Select(char.ToUpper)));
        Console.WriteLine(string.Join(",", nums.OfType<int>().Cast<object>().Select(o => o.GetType().Name).Distinct()));
        object[] mixed = { 1, "two", 3.5, 4, "five" };
        Console.WriteLine(string.Join(",", mixed.OfType<string>()) + " " + mixed.OfType<int>().Sum());
    }
}
