using System;
using System.Collections.Generic;

class Node
{
    public string Name = "";
    public Node? Parent;
    public List<Node>? Children;
    public int[]? Weights;
    public Node? Find(string n) => Name == n ? this : null;
    public Action<string>? Changed;
    public void Rename(string n) { Name = n; Changed?.Invoke(n); }
}

class Program
{
    static string? MaybeNull(int i) => i % 2 == 0 ? null : "v" + i;

    static void Main()
    {
        var root = new Node { Name = "root" };
        var child = new Node { Name = "child", Parent = root };
        Console.WriteLine(child.Parent?.Name);
        Console.WriteLine(root.Parent?.Name ?? "(no parent)");
        Console.WriteLine(root.Parent?.Parent?.Name?.Length);
        Console.WriteLine(child.Parent?.Name.Length);
        Console.WriteLine(root.Children?.Count ?? -1);
        root.Children ??= new List<Node>();
        root.Children.Add(child);
        root.Children ??= null;
        Console.WriteLine(root.Children?.Count);
        Console.WriteLine(root.Children?[0].Name);
        Console.WriteLine(root.Weights?[0] ?? 0);
        root.Weights = new[] { 5, 6 };
        Console.WriteLine(root.Weights?[1]);
        Console.WriteLine(root.Find("root")?.Find("root")?.Name);
        Console.WriteLine(root.Find("x")?.Name ?? "not found");
        int? len = root.Find("x")?.Name.Length;
        Console.WriteLine(len.HasValue + " " + (len ?? 0));
        root.Rename("quiet");
        root.Changed = n => Console.WriteLine("renamed to " + n);
        root.Rename("loud");

        string? s = null;
        s ??= "assigned";
        s ??= "ignored";
        Console.WriteLine(s);
        string? a = null, b = null, c = "third";
        Console.WriteLine(a ?? b ?? c);
        for (int i = 0; i < 4; i++) Console.Write((MaybeNull(i) ?? "null") + " ");
        Console.WriteLine();
        int? n = null;
        n ??= 10;
        n ??= 20;
        Console.WriteLine(n);
        Func<int, int>? f = null;
        Console.WriteLine(f?.Invoke(1) ?? -1);
        f = x => x * 3;
        Console.WriteLine(f?.Invoke(2));
        Dictionary<string, string>? d = null;
        Console.WriteLine(d?["k"] ?? "no dict");
        var lazyCount = 0;
        string Expensive() { lazyCount++; return "computed"; }
        string? present = "present";
        Console.WriteLine(present ?? Expensive());
        Console.WriteLine((string?)null ?? Expensive());
        Console.WriteLine(lazyCount);
        object? o = null;
        Console.WriteLine(o?.ToString() ?? "null object");
        Console.WriteLine((o ?? 5).ToString());
        string text = null!;
        Console.WriteLine(text?.ToUpper() == null);
        List<int>? maybeList = new List<int> { 1 };
        maybeList?.Add(2);
        Console.WriteLine(maybeList?.Count);
        Node? nobody = null;
        nobody?.Rename("never");
        Console.WriteLine("end");
    }
}
