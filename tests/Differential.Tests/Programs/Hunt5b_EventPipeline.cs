using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

public sealed class EventArgsOf<T>
{
    public T Value { get; }
    public EventArgsOf(T value) { Value = value; }
}

public sealed class Bus
{
    public readonly List<Action<object, EventArgsOf<string>>> Published = new();
    public Action<int>? Counted;
    private int count;
    public string Name { get; set; } = "bus";
    public void Publish(string message)
    {
        count++;
        foreach (var h in Published.ToList()) h(this, new EventArgsOf<string>(message));
        Counted?.Invoke(count);
    }
    public Func<string> Describer() => () => $"{Name}#{count}";
    public Action Incrementer(int by) => () => count += by;
}

public struct Acc
{
    public int Total;
    public void Add(int v) => Total += v;
}

public static class Program
{
    static int Twice(ref int v) { v *= 2; return v; }
    static ref Acc Slot(Acc[] accs, int i) => ref accs[i];
    static int SumAll(params int[]? xs) => xs?.Sum() ?? -1;
    static string Fmt(string label, params object[] parts) => label + ":" + string.Join("|", parts);

    public static void Main()
    {
        var bus = new Bus();
        var seen = new List<string>();
        Action<object, EventArgsOf<string>> first = (s, e) => seen.Add("first " + e.Value + " from " + ((Bus)s!).Name);
        Action<object, EventArgsOf<string>> second = (s, e) => seen.Add("second " + e.Value.ToUpper());
        bus.Published.Add(first);
        bus.Published.Add(second);
        bus.Published.Add(first);
        bus.Counted = n => seen.Add("count " + n);
        bus.Publish("a");
        bus.Published.Remove(first);
        bus.Publish("b");
        Console.WriteLine(bus.Published.IndexOf(first) + " " + bus.Published.Contains(second) + " " + (first == bus.Published[1]));
        bus.Published.Remove(second);
        bus.Published.Remove(first);
        bus.Counted = null;
        bus.Publish("c");
        Console.WriteLine(string.Join("; ", seen));

        var describe = bus.Describer();
        var inc = bus.Incrementer(10);
        bus.Name = "renamed";
        inc(); inc();
        Console.WriteLine(describe());

        Func<int, int> addOne = x => x + 1, square = x => x * x;
        Func<int, int> compose(Func<int, int> f, Func<int, int> g) => x => g(f(x));
        var pipeline = new[] { addOne, square, addOne }.Aggregate(compose);
        Console.WriteLine(pipeline(3) + " " + compose(square, addOne)(3));


        int counter = 0;
        var incs = Enumerable.Range(0, 3).Select(i => (Func<int>)(() => counter += i)).ToList();
        counter = 100;
        Console.WriteLine(string.Join(",", incs.Select(f => f())) + " " + counter);

        var accs = new Acc[3];
        ref var a1 = ref Slot(accs, 1);
        a1.Add(5); a1.Add(6);
        Slot(accs, 2).Add(7);
        var copy = accs[1];
        copy.Add(100);
        for (int i = 0; i < accs.Length; i++) { ref var acc = ref accs[i]; acc.Add(1); }
        Console.WriteLine(string.Join(",", accs.Select(x => x.Total)) + " " + copy.Total);
        int v = 3;
        Console.WriteLine(Twice(ref v) + Twice(ref v) + " " + v);
        Console.WriteLine(SumAll() + " " + SumAll(null) + " " + SumAll(4) + " " + SumAll(1, 2, 3));
        Console.WriteLine(Fmt("a") + " " + Fmt("b", 1) + " " + Fmt("c", "x", 2.5, 'q', null!) + " " + Fmt("d", new object[] { 1, 2 }) + " " + Fmt("e", (object)new object[] { 1, 2 }).Length);

        var sb = new StringBuilder();
        var handlers = new Dictionary<string, Action<string>>
        {
            ["upper"] = s => sb.Append(s.ToUpperInvariant()),
            ["rev"] = s => sb.Append(new string(s.Reverse().ToArray())),
            ["len"] = s => sb.Append(s.Length),
        };
        foreach (var (name, arg) in new[] { ("upper", "abc"), ("rev", "hello"), ("len", "four"), ("missing", "x") })
        {
            if (handlers.TryGetValue(name, out var h)) h(arg); else sb.Append('?');
            sb.Append(',');
        }
        Console.WriteLine(sb.ToString().TrimEnd(','));
        Console.WriteLine($"|{"left",-8}|{"right",8}|{3.14159,10:F2}|{42,-6:D4}|{-7,5}|{'c',3}|{true,6}|{null,4}|");
        Console.WriteLine(string.Format("{0,-5}|{1,5:X}|{2:N1}|{3:P0}|{4:E2}|{{esc}}", "ab", 255, 12345.678, 0.256, 1234.5));
    }
}
