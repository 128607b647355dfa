using System;
using System.Collections.Generic;

namespace Shop.Settings
{
    public static class Limits
    {
        public static readonly Dictionary<string, int> Max = Load();
        static Dictionary<string, int> Load()
        {
            Console.WriteLine("loading limits");
            return new Dictionary<string, int> { ["cart"] = int.Parse("12x") };
        }
    }

    public class Outer
    {
        public static class Nested
        {
            static Nested() { Console.WriteLine("nested cctor"); throw new InvalidOperationException("nested failed"); }
            public static int Value = 3;
        }
    }
}

public class Healthy
{
    public static readonly List<string> Log = new() { "ready" };
    static Healthy() { Log.Add("cctor ran"); }
}

public static class Program
{
    static void Try(string label, Func<object> read)
    {
        try { Console.WriteLine(label + " = " + read()); }
        catch (TypeInitializationException e)
        {
            Console.WriteLine($"{label}: {e.GetType().FullName}: {e.Message} [{e.TypeName}] <- {e.InnerException?.GetType().FullName}: {e.InnerException?.Message}");
        }
        catch (Exception e) { Console.WriteLine(label + ": other " + e.GetType().Name + ": " + e.Message); }
    }

    public static void Main()
    {
        Try("limits first", () => Shop.Settings.Limits.Max["cart"]);
        Try("limits again", () => Shop.Settings.Limits.Max.Count);
        Try("nested first", () => Shop.Settings.Outer.Nested.Value);
        Try("nested again", () => Shop.Settings.Outer.Nested.Value);
        Try("healthy", () => string.Join(",", Healthy.Log));
        Console.WriteLine(new TypeInitializationException("X.Y", new Exception("inner")).Message);
        Console.WriteLine(Shop.Settings.Limits.Max.Count);
    }
}
