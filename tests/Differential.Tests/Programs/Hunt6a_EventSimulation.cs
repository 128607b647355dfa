using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

public enum Kind { Arrive, Serve, Leave, Tick }
public delegate void Handler(Sim sim, Event e);
public readonly record struct Event(int Time, Kind Kind, int Who) : IComparable<Event>
{
    public int CompareTo(Event o) => (Time, (int)Kind, Who).CompareTo((o.Time, (int)o.Kind, o.Who));
}

public class Sim
{
    private readonly List<Event> agenda = new();
    private readonly Dictionary<Kind, List<Handler>> handlers = new();
    public readonly Queue<int> Line = new();
    public readonly Stack<string> Undo = new();
    public int Now { get; private set; }
    public readonly List<Action<string>> Log = new();
    public int Served;
    public void On(Kind k, Handler h)
    {
        if (!handlers.TryGetValue(k, out var list)) handlers[k] = list = new List<Handler>();
        list.Add(h);
    }
    public void Schedule(int dt, Kind k, int who)
    {
        var e = new Event(Now + dt, k, who);
        int i = agenda.BinarySearch(e);
        agenda.Insert(i < 0 ? ~i : i, e);
    }
    public void Say(string s) { foreach (var l in Log) l($"[{Now,3}] {s}"); }
    public int Run(int until)
    {
        int steps = 0;
        while (agenda.Count > 0 && agenda[0].Time <= until)
        {
            var e = agenda[0]; agenda.RemoveAt(0);
            Now = e.Time; steps++;
            if (handlers.TryGetValue(e.Kind, out var hs)) foreach (var h in hs.ToArray()) h(this, e);
        }
        return steps;
    }
}

public static class Program
{
    static readonly List<string> log = new();
    static async Task<int> Worker(string name, int n, List<string> trace)
    {
        int sum = 0;
        for (int i = 0; i < n; i++)
        {
            trace.Add($"{name}{i}");
            if (i % 2 == 0) await Task.Yield(); else await Task.Delay(0);
            sum += i;
        }
        trace.Add(name + "!");
        return sum;
    }
    static async Task<string> Chain(int depth) => depth == 0 ? "base" : (await Chain(depth - 1)) + ">" + depth;

    public static async Task Main()
    {
        var sim = new Sim();
        sim.Log.Add(s => log.Add(s));
        sim.Log.Add(s => { if (s.Contains("served")) log.Add("  (bell)"); });
        int counter = 0;
        Func<int> next = () => ++counter;
        var factories = new List<Func<int, string>>();
        for (int i = 0; i < 3; i++) { int j = i; factories.Add(x => $"f{i}/{j}:{x * j}"); }
        sim.On(Kind.Arrive, (s, e) => { s.Line.Enqueue(e.Who); s.Say($"arrive {e.Who} line={s.Line.Count}"); if (s.Line.Count == 1) s.Schedule(2, Kind.Serve, e.Who); });
        sim.On(Kind.Arrive, (s, e) => s.Undo.Push("arr" + e.Who));
        sim.On(Kind.Serve, (s, e) =>
        {
            int who = s.Line.Dequeue(); s.Served++;
            s.Say($"served {who} (#{next()})");
            s.Schedule(1, Kind.Leave, who);
            if (s.Line.TryPeek(out var nxt)) s.Schedule(3, Kind.Serve, nxt);
        });
        Handler leave = (s, e) => s.Say($"leave {e.Who}");
        sim.On(Kind.Leave, leave);
        sim.On(Kind.Leave, (s, e) => s.Undo.Push("left" + e.Who));
        sim.On(Kind.Tick, (s, e) => { s.Say("tick " + e.Who); if (e.Who < 3) s.Schedule(5, Kind.Tick, e.Who + 1); });
        foreach (var (t, w) in new[] { (0, 1), (1, 2), (1, 3), (9, 4), (20, 5) }) sim.Schedule(t, Kind.Arrive, w);
        sim.Schedule(0, Kind.Tick, 0);
        int steps = sim.Run(15);
        Console.WriteLine($"steps {steps} served {sim.Served} now {sim.Now} line [{string.Join(",", sim.Line)}]");
        log.ForEach(Console.WriteLine);
        Console.WriteLine(string.Join(" ", sim.Undo) + " | peek " + sim.Undo.Peek() + " | " + string.Join(",", sim.Undo.Take(2).Reverse()));
        Console.WriteLine(string.Join(" ", factories.Select((f, k) => f(k + 10))));
        Console.WriteLine($"steps2 {sim.Run(100)} served {sim.Served} last {log[^1]}");

        var trace = new List<string>();
        var ta = Worker("a", 3, trace);
        var tb = Worker("b", 2, trace);
        trace.Add("main");
        var results = await Task.WhenAll(ta, tb);
        Console.WriteLine(string.Join(" ", trace) + " => " + string.Join("+", results));
        Console.WriteLine(await Chain(4));
        var tcs = new TaskCompletionSource<int>();
        var waiter = Task.Run(async () => { var v = await tcs.Task; return v * 2; });
        tcs.SetResult(21);
        Console.WriteLine($"tcs {await waiter} status {tcs.Task.Status}");
        Func<int, Task<int>> slow = async x => { await Task.Delay(5); if (x < 0) throw new ArgumentException("neg"); return x + 1; };
        try { await slow(-1); } catch (ArgumentException ex) { Console.WriteLine("caught " + ex.Message); }
        var ts = Enumerable.Range(1, 4).Select(slow).ToList();
        Console.WriteLine(string.Join(",", await Task.WhenAll(ts)) + " " + ts.All(t => t.IsCompletedSuccessfully));
        Func<Func<int, int>, Func<int, int>, Func<int, int>> compose = (f, g) => x => g(f(x));
        var pipeline = new[] { (Func<int, int>)(x => x + 1), x => x * 3, x => x - 4 }.Aggregate(compose);
        Console.WriteLine($"pipeline {pipeline(5)} {pipeline(-2)}");
    }
}
