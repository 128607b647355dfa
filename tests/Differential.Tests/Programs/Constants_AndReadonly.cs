using System;

class Limits
{
    public const int MaxLayers = 127;
    public const long MaxBlob = 10L * 1024 * 1024 * 1024;
    public const double Ratio = 1.0 / 3;
    public const string Prefix = "/v2/";
    public const string Full = Prefix + "library/";
    public const char Sep = '/';
    public const bool Debug = false;
    public static readonly string[] Registries = { "docker.io", "ghcr.io" };
    public static readonly DateTime Epoch = new DateTime(2000, 1, 1);
    public readonly int Instance;
    public readonly string Name;

    public Limits(int instance)
    {
        Instance = instance;
        Name = "limits-" + instance;
        Name += "!";
    }
}

enum Level { Low = 1, Mid = Low * 5, High = Mid * 2 + Limits.MaxLayers }

class Program
{
    const int Local = Limits.MaxLayers + 1;

    static void Main()
    {
        Console.WriteLine(Limits.MaxLayers);
        Console.WriteLine(Limits.MaxBlob);
        Console.WriteLine(Limits.Ratio);
        Console.WriteLine(Limits.Full);
        Console.WriteLine(Limits.Sep);
        Console.WriteLine(Limits.Debug);
        Console.WriteLine(Local);
        const string localConst = "local " + nameof(Main);
        Console.WriteLine(localConst);
        const int shifted = 1 << 10;
        Console.WriteLine(shifted);
        Console.WriteLine(string.Join(",", Limits.Registries));
        Limits.Registries[0] = "mutated.io";
        Console.WriteLine(Limits.Registries[0]);
        Console.WriteLine(Limits.Epoch.Year);
        var l = new Limits(3);
        Console.WriteLine(l.Instance + " " + l.Name);
        Console.WriteLine((int)Level.High + " " + Level.Mid + " " + Level.High);
        Console.WriteLine(int.MaxValue + " " + long.MinValue + " " + byte.MaxValue + " " + short.MinValue + " " + double.Epsilon);
        switch (Local)
        {
            case Limits.MaxLayers: Console.WriteLine("max"); break;
            case Limits.MaxLayers + 1: Console.WriteLine("max+1"); break;
        }
    }
}
