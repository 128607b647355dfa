using System;
using System.Collections.Generic;
using System.Linq;

abstract class Repository<T> where T : class
{
    protected readonly List<T> items = new();
    public int Count => items.Count;
    public virtual void Add(T item) { items.Add(item); OnAdded(item); }
    protected abstract string Key(T item);
    protected virtual void OnAdded(T item) => Console.WriteLine($"added {Key(item)}");
    public T? Find(string key) => items.FirstOrDefault(i => Key(i) == key);
    public IEnumerable<string> Keys() => items.Select(Key).OrderBy(k => k, StringComparer.Ordinal);
}

record Image(string Name, string Tag);

sealed class ImageRepository : Repository<Image>
{
    public int Rejected { get; private set; }
    protected override string Key(Image item) => item.Name + ":" + item.Tag;
    public override void Add(Image item)
    {
        if (item.Tag.Length == 0) { Rejected++; return; }
        base.Add(item);
    }
    protected override void OnAdded(Image item)
    {
        base.OnAdded(item);
        if (item.Tag == "latest") Console.WriteLine("  (floating tag)");
    }
}

class Pair<TLeft, TRight>
{
    public TLeft Left { get; }
    public TRight Right { get; }
    public Pair(TLeft left, TRight right) { Left = left; Right = right; }
    public virtual string Show() => $"{Left}/{Right}";
}

class NamedPair<T> : Pair<string, T>
{
    public NamedPair(string name, T value) : base(name, value) { }
    public override string Show() => "named " + base.Show();
}

interface IConverter<in TIn, out TOut> { TOut Convert(TIn value); }
sealed class Lengths : IConverter<string, int> { public int Convert(string value) => value.Length; }
sealed class Hex : IConverter<int, string> { public string Convert(int value) => value.ToString("x"); }

class Program
{
    static IEnumerable<TOut> ConvertAll<TIn, TOut>(IEnumerable<TIn> source, IConverter<TIn, TOut> converter)
    {
        foreach (var s in source) yield return converter.Convert(s);
    }

    static void Main()
    {
        var repo = new ImageRepository();
        repo.Add(new Image("nginx", "latest"));
        repo.Add(new Image("redis", "7.2"));
        repo.Add(new Image("broken", ""));
        repo.Add(new Image("alpine", "3.19"));
        Console.WriteLine(repo.Count + " rejected " + repo.Rejected);
        Console.WriteLine(repo.Find("redis:7.2") + " " + (repo.Find("nope") is null));
        Console.WriteLine(string.Join(" ", repo.Keys()));
        Repository<Image> asBase = repo;
        asBase.Add(new Image("busybox", ""));
        Console.WriteLine(asBase.Count + " " + repo.Rejected);
        var pairs = new List<Pair<string, int>> { new("a", 1), new NamedPair<int>("b", 2) };
        foreach (var p in pairs) Console.WriteLine(p.Show() + " " + p.GetType().Name);
        var nested = new NamedPair<List<int>>("list", new List<int> { 1, 2 });
        Console.WriteLine(nested.Left + " " + nested.Right.Count);
        var lengths = ConvertAll(new[] { "a", "abc", "" }, new Lengths()).ToList();
        Console.WriteLine(string.Join(",", lengths) + " " + string.Join(",", ConvertAll(lengths.Select(l => l * 100), new Hex())));
    }
}
