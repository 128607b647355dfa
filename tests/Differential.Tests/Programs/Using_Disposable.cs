using System;
using System.Collections.Generic;

sealed class Resource : IDisposable
{
    private static readonly List<string> log = new();
    public static IReadOnlyList<string> Log => log;
    private readonly string name;
    private bool disposed;
    public Resource(string name)
    {
        this.name = name;
        log.Add("open " + name);
    }
    public string Read()
    {
        if (disposed) throw new ObjectDisposedException(name);
        log.Add("read " + name);
        return name.ToUpper();
    }
    public void Dispose()
    {
        if (disposed) { log.Add("dispose again " + name); return; }
        disposed = true;
        log.Add("dispose " + name);
    }
}

struct StructScope : IDisposable
{
    public string Label;
    public void Dispose() => Console.WriteLine("struct dispose " + Label);
}

class Program
{
    static string UseAndReturn()
    {
        using var r = new Resource("early-return");
        return r.Read();
    }

    static void Main()
    {
        using (var a = new Resource("a"))
        {
            a.Read();
        }
        using (var b = new Resource("b"))
        using (var c = new Resource("c"))
        {
            b.Read();
            c.Read();
        }
        {
            using var d = new Resource("d");
            using var e = new Resource("e");
            d.Read();
        }
        Console.WriteLine(UseAndReturn());
        try
        {
            using var f = new Resource("f");
            f.Read();
            throw new InvalidOperationException("boom inside using");
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine("caught " + ex.Message);
        }
        var g = new Resource("g");
        g.Dispose();
        g.Dispose();
        try
        {
            g.Read();
        }
        catch (ObjectDisposedException ex)
        {
            Console.WriteLine("ObjectDisposedException " + ex.ObjectName);
        }
        Resource? none = null;
        using (none)
        {
            Console.WriteLine("null resource is fine");
        }
        using (new StructScope { Label = "scope" })
        {
            Console.WriteLine("inside struct scope");
        }
        for (int i = 0; i < 2; i++)
        {
            using var loop = new Resource("loop" + i);
            loop.Read();
        }
        foreach (var line in Resource.Log) Console.WriteLine(line);
    }
}
