using System;
using System.Collections.Generic;

namespace Outer.Inner
{
    class Plain { }
    class WithToString { public override string ToString() => "custom"; }
    class Box<T> { public T? Value; public string Describe() => typeof(T).Name + " in " + GetType().Name; }
    class Holder { public class Nested { } }
    class Map { }
    class StaticName { public static string name = "field named name"; }
    class Derived : Plain { }
    interface IMarker { }
    struct Point { public int X; }
    enum Color { Red, Green }
    static class Helpers { public static int Twice(int x) => x * 2; }
    static class NamedOnlyByTypeof { public static int One() => 1; }

    class ShapeException : Exception
    {
        public ShapeException() { }
        public ShapeException(string message) : base(message) { }
    }
}

class GlobalThing { }

class Program
{
    static void Main()
    {
        object[] things = { new Outer.Inner.Plain(), new Outer.Inner.WithToString(),
            new Outer.Inner.Holder.Nested(), new Outer.Inner.Map(), new Outer.Inner.StaticName(), new Outer.Inner.Derived(),
            new GlobalThing(), new Outer.Inner.Point() };
        foreach (var t in things) Console.WriteLine(t.GetType().Name + " | " + t.GetType().FullName + " | " + t);
        Console.WriteLine(new Outer.Inner.Box<string>().Describe() + " " + new Outer.Inner.Box<int>().GetType().Name);
        Console.WriteLine(typeof(Outer.Inner.IMarker).FullName + " " + typeof(Outer.Inner.Color).Name);
        Console.WriteLine(Outer.Inner.StaticName.name);
        Console.WriteLine(Outer.Inner.Helpers.Twice(21) + " " + typeof(Outer.Inner.NamedOnlyByTypeof).FullName + " " + typeof(Outer.Inner.NamedOnlyByTypeof).Name + " " + Outer.Inner.NamedOnlyByTypeof.One());
        Type helpersType = typeof(Outer.Inner.Helpers);
        Console.WriteLine(helpersType.Name);
        Console.WriteLine($"{new Outer.Inner.Plain()} and {new GlobalThing()}");
        Console.WriteLine(string.Join(";", new List<object> { new Outer.Inner.Derived(), 1, "s" }));
        try { throw new Outer.Inner.ShapeException(); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); Console.WriteLine(e.ToString().Split('\n')[0]); }
        try { throw new Outer.Inner.ShapeException("bad shape"); }
        catch (Outer.Inner.ShapeException e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
        try { object p = new Outer.Inner.Plain(); var m = (Outer.Inner.Map)p; Console.WriteLine(m); }
        catch (InvalidCastException e) { Console.WriteLine(e.Message); }
        throw new Outer.Inner.ShapeException("escapes Main");
    }
}
