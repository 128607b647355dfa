using System;
using System.Collections.Generic;
using System.Linq;

sealed class Key : IEquatable<Key>
{
    public string Registry { get; }
    public string Repo { get; }
    public Key(string registry, string repo) { Registry = registry; Repo = repo; }
    public bool Equals(Key? other) => other is not null && string.Equals(Registry, other.Registry, StringComparison.OrdinalIgnoreCase) && Repo == other.Repo;
    public override bool Equals(object? obj) => Equals(obj as Key);
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Registry) ^ Repo.Length;
    public override string ToString() => Registry + "/" + Repo;
}

sealed class Priority : IComparable<Priority>
{
    public int Level { get; }
    public string Name { get; }
    public Priority(int level, string name) { Level = level; Name = name; }
    public int CompareTo(Priority? other) => other is null ? 1 : Level.CompareTo(other.Level);
    public override string ToString() => $"{Name}:{Level}";
}

class NoOverrides { public int X = 1; }

class Program
{
    static void Main()
    {
        var k1 = new Key("Docker.io", "nginx");
        var k2 = new Key("docker.io", "nginx");
        var k3 = new Key("ghcr.io", "nginx");
        Console.WriteLine(k1.Equals(k2) + " " + k1.Equals(k3) + " " + k1.Equals((object)k2) + " " + Equals(k1, k2) + " " + (k1 == k2));
        Console.WriteLine(k1.GetHashCode() == k2.GetHashCode());
        var counts = new Dictionary<Key, int>();
        foreach (var k in new[] { k1, k2, k3, new Key("DOCKER.IO", "nginx") })
            counts[k] = counts.TryGetValue(k, out var n) ? n + 1 : 1;
        foreach (var kv in counts) Console.WriteLine(kv.Key + " x" + kv.Value);
        var set = new HashSet<Key> { k1, k2, k3 };
        Console.WriteLine(set.Count + " " + set.Contains(new Key("GHCR.IO", "nginx")));
        Console.WriteLine(new[] { k1, k2, k3 }.Distinct().Count());
        var list = new List<Key> { k3, k1 };
        Console.WriteLine(list.Contains(k2) + " " + list.IndexOf(k2) + " " + list.Remove(k2) + " " + list.Count);

        var ps = new List<Priority> { new(3, "c"), new(1, "a"), new(2, "b"), new(1, "a2") };
        ps.Sort();
        Console.WriteLine(string.Join(" ", ps));
        Console.WriteLine(ps.Max() + " " + ps.Min());
        Console.WriteLine(string.Join(" ", ps.OrderByDescending(p => p)));

        var plain = new NoOverrides();
        Console.WriteLine(plain.Equals(new NoOverrides()) + " " + plain.Equals(plain));
        Console.WriteLine(plain.ToString());
        object o1 = 5, o2 = 5;
        Console.WriteLine(o1.Equals(o2) + " " + o1.Equals(6) + " " + ReferenceEquals(o1, o1));
        object s1 = "text", s2 = new string("text".ToCharArray());
        Console.WriteLine(s1.Equals(s2) + " " + string.Equals(s1 as string, s2 as string));
        Console.WriteLine(5.Equals(5L) + " " + 5L.Equals(5L) + " " + 2.0.Equals(2.0) + " " + double.NaN.Equals(double.NaN));
        Console.WriteLine(true.ToString() + false + " " + 'c'.ToString() + " " + 1.5f.ToString() + " " + (-0.0).ToString());
    }
}
