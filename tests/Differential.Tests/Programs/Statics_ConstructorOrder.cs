using System;

static class Log
{
    public static int Step;
    public static void Write(string what) => Console.WriteLine($"{++Step}: {what}");
}

class First
{
    public static readonly string Value = Make("First.Value");
    public static int Counter;
    static First() { Log.Write("First static ctor"); Counter = 10; }
    static string Make(string s) { Log.Write("init " + s); return s.ToUpper(); }
    public static void Touch() => Log.Write("First.Touch, Counter=" + Counter);
    public First() => Log.Write("First instance ctor");
}

class Second
{
    public static int A = Init("A", 1);
    public static int B = Init("B", A + 1);
    static Second() { Log.Write($"Second static ctor A={A} B={B}"); }
    static int Init(string name, int value) { Log.Write($"Second.{name} = {value}"); return value; }
    public static int Sum => A + B;
}

class Base
{
    static Base() => Log.Write("Base static ctor");
    public Base() => Log.Write("Base instance ctor");
    public static string Hello = "base hello";
}

class Derived : Base
{
    static Derived() => Log.Write("Derived static ctor");
    public Derived() => Log.Write("Derived instance ctor");
    public static string World = "derived world";
}

class Lazy
{
    static Lazy() => Log.Write("Lazy static ctor (should never print)");
    public static void Never() { }
}

class Constants
{
    public const int Answer = 42;
    public const string Greeting = "hi " + "there";
    static Constants() => Log.Write("Constants static ctor (consts do not trigger it)");
}

class Program
{
    static int instanceCount;
    static readonly int[] Primes = { 2, 3, 5, 7 };

    static void Main()
    {
        Log.Write("Main starts");
        Console.WriteLine(Constants.Answer + " " + Constants.Greeting);
        Log.Write("before First.Counter");
        Console.WriteLine(First.Counter);
        First.Touch();
        new First();
        Console.WriteLine(First.Value);
        Log.Write("before Second.Sum");
        Console.WriteLine(Second.Sum);
        Log.Write("before new Derived");
        new Derived();
        new Derived();
        Console.WriteLine(Derived.World + " / " + Base.Hello);
        instanceCount++;
        instanceCount += Primes[3];
        Console.WriteLine(instanceCount);
        if (Log.Step < 0) Lazy.Never();
        Log.Write("Main ends");
    }
}
