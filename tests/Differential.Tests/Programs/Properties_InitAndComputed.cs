using System;
using System.Collections.Generic;

class Config
{
    public string Host { get; init; } = "localhost";
    public int Port { get; init; } = 8080;
    public bool Tls { get; set; }
    public string Url => $"{(Tls ? "https" : "http")}://{Host}:{Port}";
    public List<string> Tags { get; } = new();
    private int hits;
    public int Hits
    {
        get => hits;
        private set => hits = value < 0 ? 0 : value;
    }
    public void Hit(int n) => Hits += n;
    public void Reset() => Hits = -5;

    private string? label;
    public string Label
    {
        get
        {
            Console.WriteLine("  (get Label)");
            return label ?? "unnamed";
        }
        set
        {
            Console.WriteLine("  (set Label to " + value + ")");
            label = value.Trim();
        }
    }
    public static int Instances { get; private set; }
    public Config() => Instances++;
    public required string Owner { get; init; }
}

class Temperature
{
    private double celsius;
    public double Celsius { get => celsius; set => celsius = value; }
    public double Fahrenheit
    {
        get => celsius * 9 / 5 + 32;
        set => celsius = (value - 32) * 5 / 9;
    }
}

class Program
{
    static void Main()
    {
        var a = new Config { Owner = "ops" };
        var b = new Config { Host = "mirror.example", Port = 443, Tls = true, Owner = "dev", Tags = { "edge", "cache" } };
        Console.WriteLine(a.Url);
        Console.WriteLine(b.Url);
        Console.WriteLine(string.Join(",", b.Tags));
        b.Tags.Add("fast");
        Console.WriteLine(b.Tags.Count);
        a.Hit(3);
        a.Hit(4);
        Console.WriteLine(a.Hits);
        a.Reset();
        Console.WriteLine(a.Hits);
        Console.WriteLine(a.Label);
        a.Label = "  primary  ";
        Console.WriteLine("[" + a.Label + "]");
        a.Label += "!";
        Console.WriteLine(a.Label);
        Console.WriteLine(Config.Instances);
        Console.WriteLine(a.Owner + " " + b.Owner);

        var t = new Temperature { Celsius = 100 };
        Console.WriteLine(t.Fahrenheit);
        t.Fahrenheit = 32;
        Console.WriteLine(t.Celsius);
        t.Celsius += 37;
        Console.WriteLine(t.Fahrenheit);
        t.Fahrenheit++;
        Console.WriteLine($"{t.Celsius:F4}");
    }
}
