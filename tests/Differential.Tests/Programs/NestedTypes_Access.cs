using System;
using System.Collections.Generic;

class Outer
{
    private static int secret = 41;
    private readonly List<Inner> children = new();

    public class Inner
    {
        public string Name { get; }
        public Inner(string name) => Name = name;
        public int Peek() => ++secret;
        public class Deeper
        {
            public override string ToString() => "deeper sees " + secret;
        }
    }

    private sealed class Hidden
    {
        public int Value = 5;
    }

    public enum Mode { Fast, Safe }

    public record Entry(string Key, Mode Mode);

    public struct Pair
    {
        public int A, B;
        public int Sum => A + B;
    }

    public Inner Add(string name)
    {
        var child = new Inner(name);
        children.Add(child);
        return child;
    }

    public int HiddenValue() => new Hidden().Value * children.Count;
    public static string TypeNames() => typeof(Inner).Name + " " + typeof(Inner.Deeper).Name + " " + typeof(Hidden).Name + " " + typeof(Inner).FullName;
}

static class Extensions
{
    public static string Shout(this string s) => s.ToUpper() + "!";
    public static int Doubled(this int n) => n * 2;
    public static IEnumerable<T> EveryOther<T>(this IEnumerable<T> items)
    {
        bool take = true;
        foreach (var item in items)
        {
            if (take) yield return item;
            take = !take;
        }
    }
}

class Program
{
    static void Main()
    {
        var outer = new Outer();
        var a = outer.Add("a");
        outer.Add("b");
        Console.WriteLine(a.Name + " " + a.Peek() + " " + a.Peek());
        Console.WriteLine(new Outer.Inner.Deeper());
        Console.WriteLine(outer.HiddenValue());
        Console.WriteLine(Outer.Mode.Safe);
        Console.WriteLine(new Outer.Entry("k", Outer.Mode.Fast));
        var pair = new Outer.Pair { A = 3, B = 4 };
        Console.WriteLine(pair.Sum);
        Console.WriteLine(Outer.TypeNames());
        Console.WriteLine(typeof(Outer.Entry).FullName);
        Console.WriteLine(new Outer.Inner.Deeper().GetType().FullName);
        Console.WriteLine("hello".Shout());
        Console.WriteLine(21.Doubled().Doubled());
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3, 4, 5 }.EveryOther()));
        Console.WriteLine(Extensions.Shout("static call"));
    }
}
