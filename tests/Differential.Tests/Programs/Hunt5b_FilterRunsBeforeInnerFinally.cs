using System;
using System.Collections.Generic;

// .NET handles an exception in two passes: first it runs the filters (`when`) of the enclosing catch
// clauses, outermost last, to find the handler; only then does it unwind, running the finally blocks
// between the throw and that handler. So an outer filter's side effect comes before an inner finally's.
public static class Program
{
    static readonly List<string> log = new();
    static bool Note(string what, bool result) { log.Add(what); return result; }

    static void Inner()
    {
        try { log.Add("throw"); throw new InvalidOperationException("x"); }
        finally { log.Add("callee finally"); }
    }

    public static void Main()
    {
        try
        {
            try { Inner(); }
            finally { log.Add("inner finally"); }
        }
        catch (InvalidOperationException) when (Note("outer filter", true)) { log.Add("handler"); }
        Console.WriteLine(string.Join(" > ", log));
    }
}
