using System;
using System.Collections.Generic;

interface IHasWeight { int Weight { get; } }

class Item : IHasWeight
{
    public int Weight { get; init; }
    public string Name { get; init; } = "";
    public override string ToString() => Name + "(" + Weight + ")";
}

struct Coord { public int X; public override string ToString() => "Coord " + X; }

class Program
{
    static T? FirstOrDefault<T>(IEnumerable<T> items, Func<T, bool> pred)
    {
        foreach (var item in items)
            if (pred(item)) return item;
        return default;
    }

    static string DefaultOf<T>() => default(T)?.ToString() ?? "null";

    static T Heaviest<T>(List<T> items) where T : IHasWeight
    {
        T best = items[0];
        foreach (var item in items)
            if (item.Weight > best.Weight) best = item;
        return best;
    }

    static T Create<T>() where T : new() => new T();

    static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;

    static bool IsDefault<T>(T value) => EqualityComparer<T>.Default.Equals(value, default!);

    static string Kind<T>(T value) => value switch
    {
        null => "null",
        int i => "int " + i,
        string s => "string " + s,
        _ => "other " + typeof(T).Name,
    };

    static void Main()
    {
        Console.WriteLine(DefaultOf<int>());
        Console.WriteLine(DefaultOf<double>());
        Console.WriteLine(DefaultOf<bool>());
        Console.WriteLine(DefaultOf<char>() == "\0");
        Console.WriteLine(DefaultOf<string>());
        Console.WriteLine(DefaultOf<long>());
        Console.WriteLine(DefaultOf<Coord>());
        Console.WriteLine(DefaultOf<DayOfWeek>());
        Console.WriteLine(DefaultOf<Item>());
        Console.WriteLine(FirstOrDefault(new[] { 1, 2, 3 }, x => x > 5));
        Console.WriteLine(FirstOrDefault(new[] { "a", "bb" }, x => x.Length > 5) ?? "none");
        Console.WriteLine(FirstOrDefault(new[] { 1, 2, 3 }, x => x > 1));
        var items = new List<Item> { new() { Name = "a", Weight = 3 }, new() { Name = "b", Weight = 9 }, new() { Name = "c", Weight = 5 } };
        Console.WriteLine(Heaviest(items));
        Console.WriteLine(Create<Item>().Weight);
        Console.WriteLine(Create<Coord>());
        Console.WriteLine(Create<List<int>>().Count);
        Console.WriteLine(Max(3, 8) + " " + Max("pear", "apple") + " " + Max(2.5, -1.0));
        Console.WriteLine(IsDefault(0) + " " + IsDefault(5) + " " + IsDefault<string?>(null) + " " + IsDefault("") + " " + IsDefault(0L));
        Console.WriteLine(Kind(5) + "; " + Kind("s") + "; " + Kind<string?>(null) + "; " + Kind(2.5) + "; " + Kind(new Item()));
        int[] ints = new int[3];
        string[] strs = new string[2];
        bool[] bools = new bool[2];
        double[] doubles = new double[1];
        long[] longs = new long[1];
        char[] chars = new char[1];
        Console.WriteLine(ints[0] + " " + (strs[0] == null) + " " + bools[1] + " " + doubles[0] + " " + longs[0] + " " + (int)chars[0]);
        int? ni = default;
        Console.WriteLine(ni.HasValue);
    }
}
