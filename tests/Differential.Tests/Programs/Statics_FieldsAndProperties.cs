using System;
using System.Collections.Generic;

static class Metrics
{
    private static readonly Dictionary<string, long> counters = new();
    public static int Updates { get; private set; }
    public static string Prefix { get; set; } = "edge";

    public static void Add(string name, long by = 1)
    {
        Updates++;
        counters[name] = counters.TryGetValue(name, out var v) ? v + by : by;
    }

    public static long Get(string name) => counters.TryGetValue(name, out var v) ? v : 0;
    public static IEnumerable<string> Lines()
    {
        foreach (var kv in counters) yield return $"{Prefix}_{kv.Key} {kv.Value}";
    }
}

class Connection
{
    private static int nextId = 1;
    private static int open;
    public static int Open => open;
    public int Id { get; } = nextId++;
    public Connection() => open++;
    public void Close() => open--;
    public static Connection Create() => new Connection();
}


class Program
{
    static int calls;
    static int Count() => ++calls;

    static void Main()
    {
        Metrics.Add("requests");
        Metrics.Add("requests");
        Metrics.Add("bytes", 1024);
        Metrics.Add("bytes", 2048);
        Metrics.Add("cache_hits");
        Metrics.Prefix = "mirror";
        foreach (var line in Metrics.Lines()) Console.WriteLine(line);
        Console.WriteLine(Metrics.Updates + " " + Metrics.Get("bytes") + " " + Metrics.Get("nothing"));
        var a = new Connection();
        var b = Connection.Create();
        var c = new Connection();
        b.Close();
        Console.WriteLine(a.Id + " " + b.Id + " " + c.Id + " open=" + Connection.Open);
        Count(); Count();
        Console.WriteLine(Count() + " " + calls);
    }
}
