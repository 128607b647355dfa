using System;
using System.Collections.Generic;

interface IUpstream { string Name { get; } }
interface IRetrying : IUpstream { int Retries { get; } }
interface ICaching { bool Cache { get; } }

class DockerHub : IRetrying, ICaching
{
    public string Name => "docker.io";
    public int Retries => 3;
    public bool Cache => true;
}

class Ghcr : IUpstream
{
    public string Name => "ghcr.io";
}

class Mirror : DockerHub { }

class Program
{
    static string Describe(object o)
    {
        var parts = new List<string>();
        if (o is IUpstream u) parts.Add("upstream " + u.Name);
        if (o is IRetrying r) parts.Add("retries " + r.Retries);
        if (o is ICaching { Cache: true }) parts.Add("caching");
        if (o is DockerHub) parts.Add("docker");
        if (o is Mirror) parts.Add("mirror");
        var asGhcr = o as Ghcr;
        parts.Add(asGhcr is null ? "not ghcr" : "ghcr");
        return o.GetType().Name + ": " + string.Join(", ", parts);
    }

    static void Main()
    {
        var things = new object[] { new DockerHub(), new Ghcr(), new Mirror(), "a string", 42 };
        foreach (var t in things) Console.WriteLine(Describe(t));
        IUpstream up = new Mirror();
        var retrying = (IRetrying)up;
        Console.WriteLine(retrying.Retries + " " + ((ICaching)up).Cache + " " + ((DockerHub)up).Name);
        try
        {
            var bad = (IRetrying)(object)new Ghcr();
            Console.WriteLine(bad.Retries);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine("InvalidCastException: " + e.Message);
        }
        try
        {
            object boxed = 5;
            var s = (string)boxed;
            Console.WriteLine(s);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine("InvalidCastException: " + e.Message);
        }
        try
        {
            object d = new DockerHub();
            var m = (Mirror)d;
            Console.WriteLine(m.Name);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine("InvalidCastException: " + e.Message);
        }
        object n = null!;
        Console.WriteLine((n is IUpstream) + " " + (n as IUpstream == null) + " " + ((IUpstream)n == null));
        var list = new List<IUpstream> { new DockerHub(), new Ghcr(), new Mirror() };
        int caching = 0;
        foreach (var x in list) if (x is ICaching c && c.Cache) caching++;
        Console.WriteLine("caching upstreams: " + caching);
        object boxedInt = 7;
        Console.WriteLine((int)boxedInt + 1 + " " + (boxedInt is int) + " " + (boxedInt is long));
        object boxedLong = 7L;
        Console.WriteLine((long)boxedLong * 2 + " " + (boxedLong is int));
        object boxedDouble = 2.5;
        Console.WriteLine((double)boxedDouble + " " + (boxedDouble is double d2 && d2 > 2));
    }
}
