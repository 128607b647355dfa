using System;
using System.Collections.Generic;

public static class Log
{
    public static readonly List<string> Lines = new();
    public static int Note(string s) { Lines.Add(s); return Lines.Count; }
}

public class Config
{
    public static readonly int A = Log.Note("Config.A");
    public static int B = Log.Note("Config.B") + Registry.Count;
    public const string Name = "cfg";
    static Config() { Log.Note("Config cctor A=" + A + " B=" + B); }
    public static void Touch() => Log.Note("Config.Touch");
}

public static class Registry
{
    public static int Count = Log.Note("Registry.Count");
    public static readonly Dictionary<string, int> Items = Build();
    static Dictionary<string, int> Build() { Log.Note("Registry.Build Count=" + Count); return new() { ["x"] = Count }; }
}

public class Base
{
    public static string BaseStatic = Mark("Base.static");
    protected string name = Mark("Base.field");
    public Base() { Mark("Base.ctor " + Describe()); }
    protected virtual string Describe() => "base";
    protected static string Mark(string s) { Log.Note(s); return s; }
}

public class Derived : Base
{
    public static string DerivedStatic = Mark("Derived.static");
    private readonly string extra = Mark("Derived.field");
    private readonly int size = 5;
    public Derived() : base() { Mark("Derived.ctor size=" + size); }
    protected override string Describe() => "derived extra=" + (extra ?? "null") + " size=" + size;
}

public class Lazy
{
    public static int Value = Log.Note("Lazy.Value");
    public static void Nothing() { }
}

public class WithBeforeFieldInit
{
    public static int X = Log.Note("WithBeforeFieldInit.X");
    public static int Y => Log.Note("WithBeforeFieldInit.Y getter");
}

public class Singleton
{
    private static Singleton? instance;
    public static Singleton Instance => instance ??= new Singleton();
    public int Created { get; } = Log.Note("Singleton created");
    private Singleton() { }
}

public static class Program
{
    static readonly int programStatic = Log.Note("Program.static");

    public static void Main()
    {
        Log.Note("Main start");
        Log.Note("const " + Config.Name);
        Log.Note("read B " + Config.B);
        Log.Note("read A " + Config.A);
        Config.Touch();
        Log.Note("items " + Registry.Items["x"]);
        var d = new Derived();
        Log.Note("second derived");
        new Derived();
        Log.Note("base static " + Base.BaseStatic.Length);
        Lazy.Nothing();
        Log.Note("after Lazy.Nothing");
        Log.Note("Y " + WithBeforeFieldInit.Y);
        Log.Note("singleton " + Singleton.Instance.Created + " " + Singleton.Instance.Created);
        Log.Note("program static " + programStatic);
        foreach (var line in Log.Lines) Console.WriteLine(line);
    }
}
