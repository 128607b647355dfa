using System;
using System.Collections.Generic;

class Program
{
    static string Join(string sep, params object[] parts) => parts.Length + ":" + string.Join(sep, parts);
    static int Sum(params int[] xs) { int s = 0; foreach (var x in xs) s += x; return s; }
    static string Greet(string name, string greeting = "Hello", int times = 1, bool shout = false)
    {
        var s = "";
        for (int i = 0; i < times; i++) s += greeting + ", " + name + (i < times - 1 ? "; " : "");
        return shout ? s.ToUpper() : s;
    }
    static string Url(string host, int port = 443, string path = "/", string? query = null) =>
        $"https://{host}{(port == 443 ? "" : ":" + port)}{path}{(query is null ? "" : "?" + query)}";
    static string Describe(int a, double b = 1.5, char c = 'z', long d = -1, string? e = null) => $"{a} {b} {c} {d} [{e}]";
    static string Overload(int x) => "int " + x;
    static string Overload(long x) => "long " + x;
    static string Overload(double x) => "double " + x;
    static string Overload(string x) => "string " + x;
    static string Overload(object x) => "object " + x;
    static string Overload(int x, int y = 0) => "int,int " + x + y;
    static string Many(string first, params string[] rest) => first + "+" + rest.Length;

    static void Main()
    {
        Console.WriteLine(Join(","));
        Console.WriteLine(Join(",", 1));
        Console.WriteLine(Join(",", 1, "two", 3.0));
        Console.WriteLine(Join("-", new object[] { "array", "passed" }));
        Console.WriteLine(Sum() + " " + Sum(5) + " " + Sum(1, 2, 3, 4) + " " + Sum(new[] { 10, 20 }));
        Console.WriteLine(Greet("Ada"));
        Console.WriteLine(Greet("Ada", "Hi"));
        Console.WriteLine(Greet("Ada", times: 2));
        Console.WriteLine(Greet(shout: true, name: "Bob"));
        Console.WriteLine(Greet("Cy", shout: true, greeting: "Yo", times: 3));
        Console.WriteLine(Url("mirror.dev"));
        Console.WriteLine(Url("mirror.dev", 8443));
        Console.WriteLine(Url("mirror.dev", path: "/v2/"));
        Console.WriteLine(Url(query: "ns=ghcr.io", host: "m.dev", port: 80));
        Console.WriteLine(Describe(1));
        Console.WriteLine(Describe(1, e: "E"));
        Console.WriteLine(Describe(1, 2, 'q', 3, "x"));
        Console.WriteLine(Overload(1));
        Console.WriteLine(Overload(1L));
        Console.WriteLine(Overload(1.0));
        Console.WriteLine(Overload("s"));
        Console.WriteLine(Overload('c'));
        Console.WriteLine(Overload(new List<int>().Count));
        Console.WriteLine(Overload(1, 2));
        Console.WriteLine(Overload((object)"boxed"));
        Console.WriteLine(Many("a") + " " + Many("a", "b", "c"));
        Console.WriteLine(Math.Max(y: 3, x: 9) == 9 ? "named on BCL" : "?");
    }

    static class Math { public static int Max(int x, int y) => x > y ? x : y; }
}
