using System;
using System.Collections.Generic;
using System.Linq;

[Flags]
public enum Perm : byte { None = 0, Read = 1, Write = 2, Execute = 4, ReadWrite = Read | Write, All = 7 }

[Flags]
public enum Signal : long { None = 0, A = 1L << 0, B = 1L << 33, C = 1L << 62 }

public enum State { Idle = 1, Connecting, Connected = 10, Closing, Closed = -1 }

public enum Weird : short { Neg = -5, Zero = 0, Pos = 5, AlsoPos = 5 }

public sealed class Machine
{
    private static readonly Dictionary<(State, string), State> Transitions = new()
    {
        [(State.Idle, "connect")] = State.Connecting,
        [(State.Connecting, "ok")] = State.Connected,
        [(State.Connecting, "fail")] = State.Closed,
        [(State.Connected, "close")] = State.Closing,
        [(State.Closing, "done")] = State.Closed,
    };
    public State Current { get; private set; } = State.Idle;
    public List<string> Log { get; } = new();

    public bool Fire(string evt)
    {
        if (Transitions.TryGetValue((Current, evt), out var next))
        {
            Log.Add($"{Current} --{evt}--> {next}");
            Current = next;
            return true;
        }
        Log.Add($"{Current} ignores {evt}");
        return false;
    }
}

public static class Program
{
    public static void Main()
    {
        var m = new Machine();
        foreach (var e in new[] { "ok", "connect", "connect", "ok", "close", "done", "connect" }) m.Fire(e);
        m.Log.ForEach(Console.WriteLine);

        var p = Perm.Read | Perm.Execute;
        Console.WriteLine(p + " " + (p | Perm.Write) + " " + (Perm)0 + " " + (Perm)8 + " " + (Perm)9 + " " + (Perm)255);
        Console.WriteLine(p.HasFlag(Perm.Read) + " " + p.HasFlag(Perm.ReadWrite) + " " + p.HasFlag(Perm.None) + " " + (p & ~Perm.Read));
        Console.WriteLine((Perm.All ^ Perm.Write) + " " + Perm.ReadWrite.ToString("D") + " " + Perm.All.ToString("X") + " " + Perm.All.ToString("F") + " " + ((Perm)3).ToString("G"));
        Console.WriteLine((Signal.A | Signal.C) + " " + (long)(Signal.B | Signal.C) + " " + ((Signal)3) + " " + Signal.C.ToString("X"));
        Console.WriteLine(State.Closed + " " + (State)2 + " " + (State)3 + " " + (int)State.Closing + " " + State.Connected.CompareTo(State.Idle) + " " + (State.Closed < State.Idle));
        Console.WriteLine(Weird.Pos + " " + Weird.AlsoPos + " " + (Weird)(-5) + " " + Weird.Neg.ToString("X") + " " + Weird.Neg.ToString("D"));
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(State))) + " | " + string.Join(",", Enum.GetValues<State>()) + " | " + string.Join(",", Enum.GetValues<State>().Select(s => (int)s)));
        Console.WriteLine(string.Join(",", Enum.GetValues<Perm>()) + " | " + string.Join(",", Enum.GetNames<Weird>()));
        Console.WriteLine(Enum.IsDefined(typeof(State), 11) + " " + Enum.IsDefined(State.Idle) + " " + Enum.IsDefined((State)4) + " " + Enum.IsDefined(typeof(Perm), (byte)3));
        Console.WriteLine(Enum.Parse<Perm>("Read, Write") + " " + Enum.Parse<Perm>("6") + " " + Enum.Parse<State>("connected", true) + " " + Enum.TryParse<State>("Nope", out var st) + " " + st);
        Console.WriteLine(Enum.TryParse("Closing", out State st2) + " " + st2 + " " + Enum.TryParse<Perm>(" Read ,Execute", out var pp) + " " + pp);
        try { Enum.Parse<State>("Unknown"); } catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        Console.WriteLine(Enum.GetName(typeof(State), 10) + "|" + Enum.GetName((State)99) );
        var counts = new Dictionary<State, int>();
        foreach (var line in m.Log) foreach (var s in Enum.GetValues<State>()) if (line.StartsWith(s.ToString())) counts[s] = counts.GetValueOrDefault(s) + 1;
        foreach (var kv in counts.OrderBy(k => k.Key)) Console.WriteLine($"{kv.Key,-12}{kv.Value,3}{(int)kv.Key,5:D3}");
        Perm acc = Perm.None;
        for (int i = 0; i < 4; i++) { acc |= (Perm)(1 << i); Console.Write(acc + ";"); }
        Console.WriteLine();
        acc &= ~(Perm.Write | (Perm)8);
        Console.WriteLine(acc + " " + (byte)acc + " " + (acc == (Perm.Read | Perm.Execute)));
        State s3 = State.Idle;
        s3++;
        Console.WriteLine(s3 + " " + (s3 + 1) + " " + (State.Closing - State.Connected) + " " + (s3 - 1));
        object boxed = Perm.Write;
        Console.WriteLine(boxed + " " + boxed.Equals(Perm.Write) + " " + boxed.Equals((byte)2) + " " + (boxed is Perm) + " " + (boxed is byte) + " " + boxed.GetType().Name);
        IComparable cmp = State.Connected;
        Console.WriteLine(cmp.CompareTo(State.Closing) + " " + $"{State.Connected:D} {Perm.All:G} {Weird.Neg,8} {Perm.ReadWrite,-10}|");
        var sorted = new List<State> { State.Closed, State.Connected, State.Idle, State.Closing }.OrderByDescending(x => x).ToList();
        Console.WriteLine(string.Join(" ", sorted));
        Console.WriteLine(sorted.Max() + " " + sorted.Min() + " " + sorted.Contains(State.Connecting) + " " + sorted.IndexOf(State.Idle));
        string Describe(Perm q) => q switch
        {
            Perm.None => "nothing",
            Perm.All => "everything",
            var x when x.HasFlag(Perm.Write) => "can write " + x,
            _ => "limited " + (int)q,
        };
        foreach (var q in new[] { Perm.None, Perm.All, Perm.ReadWrite, Perm.Execute }) Console.WriteLine(Describe(q));
    }
}
