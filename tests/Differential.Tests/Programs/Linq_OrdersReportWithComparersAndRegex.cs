using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

record Order(string Customer, string Product, int Qty, double Price, DateTime When);

class Program
{
    static void Main()
    {
        var orders = new List<Order>
        {
            new("alice", "apple", 3, 0.5, new DateTime(2024, 1, 15, 10, 30, 0)),
            new("bob", "pear", 1, 0.75, new DateTime(2024, 2, 29, 23, 59, 59)),
            new("Alice", "melon", 2, 3.2, new DateTime(2023, 12, 31)),
            new("carol", "apple", 10, 0.45, new DateTime(2024, 3, 1, 8, 0, 0)),
            new("bob", "apple", 4, 0.5, new DateTime(2024, 1, 2)),
            new("dave", "kiwi", 0, 1.1, new DateTime(2024, 7, 4, 12, 0, 0)),
        };
        var byCustomer = orders.GroupBy(o => o.Customer, StringComparer.OrdinalIgnoreCase)
            .Select(g => new { Name = g.Key, Total = g.Sum(o => o.Qty * o.Price), Count = g.Count(), Products = string.Join("+", g.Select(o => o.Product).OrderBy(p => p)) })
            .OrderByDescending(x => x.Total).ThenBy(x => x.Name);
        foreach (var c in byCustomer) Console.WriteLine($"{c.Name,-6}|{c.Total,8:F2}|{c.Count}|{c.Products}");
        var lookup = orders.ToLookup(o => o.Product);
        Console.WriteLine(lookup["apple"].Count() + " " + lookup["none"].Count() + " " + lookup.Count);
        Console.WriteLine(string.Join(",", orders.OrderBy(o => o.When).Select(o => o.When.ToString("yyyy-MM-dd"))));
        Console.WriteLine(string.Join(",", orders.OrderBy(o => o.Product).ThenByDescending(o => o.Qty).Select(o => o.Product + o.Qty)));
        Console.WriteLine(orders.Where(o => o.Qty > 0).Average(o => o.Price).ToString("F4") + " " + orders.Max(o => o.When).ToString("s") + " " + orders.Min(o => o.Qty) + " " + orders.Sum(o => o.Qty));
        Console.WriteLine(orders.Any(o => o.Qty == 0) + " " + orders.All(o => o.Price > 0) + " " + orders.Count(o => o.Product == "apple") + " " + orders.FirstOrDefault(o => o.Qty > 100)?.Customer + "|" + orders.LastOrDefault()!.Product);
        Console.WriteLine(string.Join(" ", orders.Select((o, i) => $"{i}:{o.Customer[0]}").Skip(1).Take(3).Reverse()));
        Console.WriteLine(string.Join(" ", Enumerable.Range(1, 10).Where((x, i) => i % 3 == 0).Select(x => x * x)));
        Console.WriteLine(string.Join(" ", orders.Select(o => o.Product).Distinct().OrderBy(p => p.Length).ThenBy(p => p)));
        var dict = orders.Where(o => o.Qty > 0).ToDictionary(o => o.Customer + "/" + o.Product, o => o.Qty);
        Console.WriteLine(string.Join(";", dict.Select(kv => $"{kv.Key}={kv.Value}")));
        try { orders.ToDictionary(o => o.Product); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { orders.First(o => o.Qty > 100); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { new List<int>().Max(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { orders.Single(o => o.Product == "apple"); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(new[] { 1, 2, 3 }.Aggregate((a, b) => a * 10 + b) + " " + new[] { 3, 1, 2 }.OrderBy(x => x).SequenceEqual(new[] { 1, 2, 3 }) + " " + Enumerable.Repeat("ab", 3).Aggregate(new StringBuilder(), (sb, s) => sb.Append(s)).ToString());
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3, 4 }.Zip(new[] { "a", "b", "c" }, (n, s) => s + n)) + " " + string.Join(",", new[] { 5, 6 }.Concat(new[] { 1 }).Append(9).Prepend(0)));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3, 4, 5, 6 }.Chunk(4).Select(ch => ch.Sum())) + " " + new[] { 4, 8, 15 }.Select(x => (double)x).Average() + " " + Enumerable.Empty<int>().DefaultIfEmpty(-1).First());
        Console.WriteLine(string.Join(",", new[] { "b", "a", "c" }.Except(new[] { "a" })) + " " + string.Join(",", new[] { 1, 2, 2, 3 }.Intersect(new[] { 2, 3, 4 })) + " " + string.Join(",", new[] { 1, 2 }.Union(new[] { 2, 5 })) + " " + string.Join(",", new[] { 5, 1, 4 }.SkipWhile(x => x > 2)));
        Console.WriteLine(string.Join(",", orders.GroupBy(o => o.When.Year).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}")) + " " + string.Join(",", orders.Select(o => o.Qty).OrderByDescending(q => q).Take(2)));
        Console.WriteLine(string.Join(",", orders.MaxBy(o => o.Price)!.Product, orders.MinBy(o => o.When)!.Customer, orders.DistinctBy(o => o.Product).Count()));

        var ci = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Key"] = 1 };
        ci["KEY"] += 5; ci["other"] = 2;
        Console.WriteLine(ci["key"] + " " + ci.Count + " " + ci.ContainsKey("OTHER") + " " + string.Join(",", ci.Keys) + " " + ci.TryAdd("OTHER", 9) + " " + ci.Remove("Other") + " " + ci.Count);
        try { Console.WriteLine(ci["missing"]); } catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "A", "b" };
        Console.WriteLine(set.Count + " " + set.Contains("B") + " " + set.Add("c") + set.Add("C"));
        var sorted = new List<string> { "b", "B", "a", "A", "_", "1" };
        sorted.Sort(StringComparer.Ordinal); Console.WriteLine(string.Join("", sorted));
        sorted.Sort(StringComparer.OrdinalIgnoreCase); Console.WriteLine(string.Join("", sorted.Select(s => s.ToLower()).Distinct()));
        sorted.Sort(); Console.WriteLine(string.Join("", sorted));
        sorted.Sort((x, y) => -string.CompareOrdinal(x, y)); Console.WriteLine(string.Join("", sorted));

        var re = new Regex(@"(?<user>[a-z]+)@(?<host>[a-z.]+)\.(?<tld>com|org)", RegexOptions.IgnoreCase);
        var m = re.Match("mail Bob@Example.COM and eve@x.org now");
        Console.WriteLine(m.Success + " " + m.Value + " " + m.Groups["user"].Value + " " + m.Groups["host"].Value + " " + m.Groups[3].Value + " " + m.Index + " " + m.Length);
        m = m.NextMatch(); Console.WriteLine(m.Value + " " + m.Groups["tld"].Index + " " + m.NextMatch().Success);
        Console.WriteLine(re.Replace("Bob@Example.com, eve@x.org", "${user} at $2 [$3]") + " | " + re.Replace("a@b.com", "$$1") + " | " + re.Replace("a@b.com x@y.org", mm => mm.Groups["user"].Value.ToUpper(), 1));
        Console.WriteLine(Regex.Replace("2024-01-15", @"(\d+)-(\d+)-(\d+)", "$3/$2/$1") + " " + Regex.Replace("aaa", "a*", "-") + " " + Regex.Replace("Hello World", @"\b(\w)", m2 => "[" + m2.Value + "]") + " " + Regex.Replace("x", "(x)", "$0$0$10"));
        Console.WriteLine(string.Join("|", Regex.Split("a1b22c333d", @"\d+")) + " " + string.Join("|", Regex.Split("a,b;c", "([,;])")) + " " + string.Join("|", Regex.Matches("ab12cd345", @"\d").Select(x => x.Value)) + " " + Regex.Matches("aaaa", "aa").Count);
        Console.WriteLine(Regex.IsMatch("HELLO", "^hello$") + " " + Regex.IsMatch("HELLO", "^hello$", RegexOptions.IgnoreCase) + " " + Regex.IsMatch("a\nb", "^b$", RegexOptions.Multiline) + " " + Regex.IsMatch("a\nb", "a.b") + " " + Regex.IsMatch("a\nb", "a.b", RegexOptions.Singleline) + " " + Regex.Escape("a.b*c(d)"));
        var g = Regex.Match("key = value", @"^(\w+)\s*=\s*(?<v>\w+)$");
        Console.WriteLine(g.Groups.Count + " " + g.Groups[1] + " " + g.Groups["v"] + " " + g.Groups[0].Value + " " + Regex.Match("abc", "x").Value.Length + " " + Regex.Match("abc", "(x)?b").Groups[1].Success);
    }
}
