using System;
using System.Collections.Generic;
using System.Linq;

public class PipelineException : Exception
{
    public PipelineException(string message, Exception? inner = null) : base(message, inner) { }
}
public sealed class RetryableException : PipelineException
{
    public int Attempt { get; }
    public RetryableException(int attempt) : base("retry " + attempt) { Attempt = attempt; }
}

public static class Config
{
    public static readonly int Limit;
    static Config()
    {
        Console.WriteLine("Config cctor");
        Limit = int.Parse("notanumber");
    }
}

public static class Lazy
{
    public static int Value = Compute();
    static int Compute() { Console.WriteLine("Lazy init"); return 7; }
}

public static class Program
{
    static readonly List<string> log = new();
    static bool Log(string s, bool result = true) { log.Add(s); return result; }

    static void Step(int i)
    {
        try
        {
            try
            {
                Log("try " + i);
                if (i == 1) throw new RetryableException(i);
                if (i == 2) throw new PipelineException("fatal " + i, new ArgumentException("arg"));
                if (i == 3) throw new InvalidOperationException("op");
            }
            catch (RetryableException e) when (Log("filter retry " + e.Attempt, e.Attempt > 5)) { Log("never"); }
            catch (PipelineException e) when (Log("filter pipeline " + e.Message)) { Log("caught pipeline"); throw; }
        }
        catch (Exception e) when (Log("outer filter " + e.GetType().Name, e is not InvalidOperationException)) { Log("outer caught " + e.Message); }
        finally { Log("outer finally " + i); }
    }

    static int Tricky()
    {
        int x = 1;
        try { return x; }
        finally { x = 100; Log("tricky finally " + x); }
    }

    static IEnumerable<int> Faulty()
    {
        try { yield return 1; yield return 2; throw new PipelineException("iterator broke"); }
        finally { Log("iterator finally"); }
    }

    public static void Main()
    {
        for (int i = 0; i < 4; i++)
        {
            try { Step(i); } catch (Exception e) { Log("main caught " + e.GetType().Name + ": " + e.Message); }
        }
        Console.WriteLine(string.Join("\n", log)); log.Clear();
        Console.WriteLine(Tricky() + " " + string.Join(",", log)); log.Clear();

        try { foreach (var v in Faulty()) Log("v" + v); }
        catch (PipelineException e) { Log("caught " + e.Message); }
        Console.WriteLine(string.Join(",", log)); log.Clear();

        try { var q = new[] { 1, 2, 0, 4 }.Select(x => 10 / x).ToList(); }
        catch (DivideByZeroException e) { Console.WriteLine("linq " + e.Message); }
        var lazy = new[] { "1", "x", "3" }.Select(int.Parse);
        try { foreach (var n in lazy) Console.Write(n + " "); } catch (FormatException e) { Console.WriteLine("| " + e.Message); }

        for (int round = 0; round < 2; round++)
        {
            try { Console.WriteLine(Config.Limit); }
            catch (TypeInitializationException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message + " | " + e.InnerException?.GetType().Name + ": " + e.InnerException?.Message + " | " + e.TypeName); }
        }
        Console.WriteLine("before lazy");
        Console.WriteLine(Lazy.Value);

        Exception captured = null!;
        try
        {
            try { throw new PipelineException("first"); }
            catch (PipelineException e) { captured = e; throw new InvalidOperationException("second", e); }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message + " <- " + e.InnerException!.Message + " " + ReferenceEquals(e.InnerException, captured) + " " + e.GetBaseException().Message);
        }
        try
        {
            try { throw new RetryableException(9); }
            catch (PipelineException e) { throw e; }
        }
        catch (RetryableException e) { Console.WriteLine("rethrown keeps type " + e.Attempt); }
        var errors = new List<string>();
        foreach (var job in new Action[] { () => throw new NotImplementedException(), () => { object o = "s"; _ = (Exception)o; }, () => _ = (new int[0])[0], () => _ = new Dictionary<int, int>()[5] })
        {
            try { job(); }
            catch (Exception e) when (e is NotImplementedException or InvalidCastException) { errors.Add("A:" + e.GetType().Name); }
            catch (Exception e) { errors.Add("B:" + e.GetType().Name + ":" + e.Message); }
        }
        Console.WriteLine(string.Join(" | ", errors));
        var data = new Dictionary<string, int> { ["x"] = 1 };
        Console.WriteLine("about to fail");
        throw new PipelineException("escaped " + data["x"], new RetryableException(2));
    }
}
