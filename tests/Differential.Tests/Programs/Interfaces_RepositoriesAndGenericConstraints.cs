using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

interface IEntity { int Id { get; } string Describe() => $"entity {Id}"; }
interface INamed { string Name { get; } }
interface IRepository<T> where T : IEntity
{
    void Add(T item);
    T? Find(int id);
    IEnumerable<T> All();
    int Count => All().Count();
    static string Kind => "repo";
}

abstract class EntityBase : IEntity, IComparable<EntityBase>
{
    private static int nextId = 100;
    public int Id { get; }
    protected EntityBase() { Id = nextId++; }
    public abstract string Label { get; }
    public virtual string Describe() => $"{GetType().Name}#{Id}:{Label}";
    public int CompareTo(EntityBase? other) => string.CompareOrdinal(Label, other?.Label);
    public override string ToString() => Describe();
}

class User : EntityBase, INamed
{
    public string Name { get; }
    public User(string name) : base() { Name = name; }
    public override string Label => Name.ToUpperInvariant();
}

class Admin : User
{
    public int Level { get; init; } = 1;
    public Admin(string name) : base(name) { }
    public override string Describe() => base.Describe() + $" (level {Level})";
    public sealed override string Label => "admin:" + base.Label;
}

class Service : IEntity
{
    public int Id => 7;
}

class MemoryRepo<T> : IRepository<T>, IEnumerable<T> where T : IEntity
{
    private readonly Dictionary<int, T> items = new();
    public void Add(T item) => items[item.Id] = item;
    public T? Find(int id) => items.TryGetValue(id, out var v) ? v : default;
    public IEnumerable<T> All() => items.Values;
    public IEnumerator<T> GetEnumerator() => items.Values.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Countdown : IEnumerable<int>
{
    private readonly int from;
    public Countdown(int from) { this.from = from; }
    public IEnumerator<int> GetEnumerator() { for (int i = from; i > 0; i--) yield return i; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Node<T>
{
    public T Value;
    public Node<T>? Next;
    public Node(T value, Node<T>? next = null) { Value = value; Next = next; }
    public IEnumerable<T> Walk() { for (var n = this; n != null; n = n.Next) yield return n.Value; }
}

class Program
{
    static T Default<T>() => default!;

    static T Largest<T>(IEnumerable<T> xs) where T : IComparable<T>
    {
        T best = default!;
        bool first = true;
        foreach (var x in xs) if (first || x.CompareTo(best) > 0) { best = x; first = false; }
        return best;
    }

    static string Kind<T>(T value) => value switch
    {
        null => "null",
        INamed n => "named " + n.Name,
        IEntity e => "entity " + e.Id,
        IEnumerable<int> seq => "ints " + seq.Sum(),
        _ => typeof(T).Name,
    };

    static void Main()
    {
        var repo = new MemoryRepo<EntityBase>();
        repo.Add(new User("zoe")); repo.Add(new Admin("al") { Level = 3 }); repo.Add(new User("bea"));
        foreach (var e in repo) Console.WriteLine(e);
        IRepository<EntityBase> r = repo;
        Console.WriteLine(r.Count + " " + IRepository<EntityBase>.Kind + " " + (r.Find(101)?.Label ?? "none") + " " + (r.Find(5)?.Label ?? "none"));
        IEntity svc = new Service();
        Console.WriteLine(svc.Describe() + " | " + ((IEntity)new User("x")).Describe());
        Console.WriteLine(Largest(repo.All()) + " | " + Largest(new[] { 3, 9, 2 }) + " | " + Largest(new[] { "pear", "apple" }) + " | " + Largest(new List<double>()));
        var sorted = repo.All().ToList();
        sorted.Sort();
        Console.WriteLine(string.Join(", ", sorted.Select(s => s.Label)));
        Console.WriteLine(Kind(new User("nm")) + " | " + Kind(svc) + " | " + Kind(new Countdown(4)) + " | " + Kind(3.5) + " | " + Kind<string?>(null) + " | " + Kind(new List<int> { 1, 2 }));
        Console.WriteLine(string.Join(",", new Countdown(5)) + " " + new Countdown(3).Select(x => x * x).Sum() + " " + string.Join("", new Countdown(3).Zip(new Countdown(2))));
        var list = new Node<string>("a", new Node<string>("b", new Node<string>("c")));
        Console.WriteLine(string.Join("->", list.Walk()) + " " + Default<int>() + " " + (Default<string>() ?? "null") + " " + Default<bool>() + " " + Default<char>() + "|" + (int)Default<char>() + " " + Default<double>());
        object o = new Admin("root");
        Console.WriteLine((o is User) + " " + (o is INamed) + " " + (o is IComparable<EntityBase>) + " " + (o as Service == null) + " " + (o is EntityBase { Id: > 0 }) + " " + o.GetType().Name);
        try { var s = (Service)o; } catch (InvalidCastException e) { Console.WriteLine(e.Message); }
        IEnumerable<object> covariant = new List<string> { "co", "var" };
        Func<object, string> contra = x => "obj " + x;
        Func<string, string> narrowed = contra;
        Console.WriteLine(string.Join("+", covariant) + " " + narrowed("s"));
    }
}
