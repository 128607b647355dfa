// `x as U` where U is a type parameter of a method or a class (U : class, or U? with U : struct) must test x
// against the actual type argument, not let every value through.
using System;
using System.Collections.Generic;
class Box<T>
{
    public object Held;
    public Box(object h) { Held = h; }
    public T AsT() => Held is T t ? t : default;
    public string TryAs() { var v = Held as string; return v ?? "-"; }
}
class Holder<T> where T : class
{
    public object Held;
    public T Get() => Held as T;
}
class NHolder<T> where T : struct
{
    public object Held;
    public T? Get() => Held as T?;
}
static class Program
{
    static U As<U>(object o) where U : class => o as U;
    static U? AsN<U>(object o) where U : struct => o as U?;
    static void Main()
    {
        Console.WriteLine(As<string>("s") ?? "null");
        Console.WriteLine(As<string>(5) ?? "null");
        Console.WriteLine(As<List<int>>("x") == null);
        Console.WriteLine(AsN<int>(5) + " " + (AsN<int>("x") == null) + " " + (AsN<double>(5) == null));
        Console.WriteLine((new Holder<string> { Held = 3 }.Get() ?? "null") + " " + new Holder<string> { Held = "ok" }.Get());
        Console.WriteLine((new NHolder<int> { Held = "x" }.Get() == null) + " " + new NHolder<int> { Held = 4 }.Get());
        Console.WriteLine(new Box<string>(1).AsT() == null);
    }
}
