using System;
using System.Collections.Generic;

readonly record struct Version(int Major, int Minor, int Patch) : IComparable<Version>
{
    public int CompareTo(Version other) =>
        Major != other.Major ? Major.CompareTo(other.Major)
        : Minor != other.Minor ? Minor.CompareTo(other.Minor)
        : Patch.CompareTo(other.Patch);

    public static Version Parse(string s)
    {
        var parts = s.Split('.');
        return new Version(int.Parse(parts[0]), int.Parse(parts[1]), int.Parse(parts[2]));
    }

    public override string ToString() => $"v{Major}.{Minor}.{Patch}";
}

record struct MutablePair(string Key, int Value);

class Program
{
    static void Main()
    {
        var versions = new List<Version>();
        foreach (var s in new[] { "1.2.3", "1.10.0", "1.2.10", "0.9.9", "2.0.0", "1.2.3" })
            versions.Add(Version.Parse(s));
        versions.Sort();
        Console.WriteLine(string.Join(" ", versions));
        Console.WriteLine(versions[0] == new Version(0, 9, 9));
        Console.WriteLine(versions[1].Equals(versions[2]));
        var bumped = versions[versions.Count - 1] with { Minor = 1 };
        Console.WriteLine(bumped + " " + versions[versions.Count - 1]);
        Console.WriteLine(new HashSet<Version>(versions).Count);

        var pair = new MutablePair("a", 1);
        var copy = pair;
        copy.Value = 99;
        Console.WriteLine(pair);
        Console.WriteLine(copy);
        Console.WriteLine(pair == new MutablePair("a", 1));
        var (key, value) = copy;
        Console.WriteLine(key + value);
        MutablePair defaulted = default;
        Console.WriteLine(defaulted);
        Console.WriteLine(defaulted.Key == null);
        var arr = new MutablePair[2];
        arr[0].Value = 5;
        Console.WriteLine(arr[0] + " " + arr[1]);
    }
}
