using System;
using System.Collections.Generic;

record Layer(string Digest, long Size);
record Manifest(string MediaType, Layer Config, List<Layer> Layers, Dictionary<string, string>? Annotations);
record struct Range(int Start, int End);

class Program
{
    static string Classify(Manifest m) => m switch
    {
        { Layers.Count: 0 } => "empty",
        { Config.Size: > 1000, Layers.Count: > 2 } => "big config, many layers",
        { MediaType: var t } when t.EndsWith("+json") && m.Annotations is { Count: > 0 } a => "annotated json (" + a.Count + ")",
        { Layers: { Count: 1 } single } => "single layer " + single[0].Digest,
        { Config: { Digest: var d }, Layers.Count: var n } => $"config {d} with {n} layers",
    };

    static string Shape(object? o) => o switch
    {
        Range(0, 0) => "empty range",
        Range(var s, var e) when e < s => "reversed",
        Range { Start: < 0 } => "negative start",
        Range r => $"range of {r.End - r.Start}",
        (int a, int b) => $"int pair {a + b}",
        (string s, _) => "string first " + s,
        string { Length: > 5 } s => "long string " + s.Substring(0, 3),
        string s => "short string " + s,
        int and (> 100 or < -100) => "big int",
        int n when n % 2 == 0 => "even",
        int => "odd",
        null => "null",
        var other => "other " + other.GetType().Name,
    };

    static void Main()
    {
        var small = new Layer("sha256:c", 10);
        var big = new Layer("sha256:big", 5000);
        var manifests = new[]
        {
            new Manifest("oci+json", small, new List<Layer>(), null),
            new Manifest("oci+json", big, new List<Layer> { small, small, small }, null),
            new Manifest("v2+json", small, new List<Layer> { small, big }, new Dictionary<string, string> { ["a"] = "b" }),
            new Manifest("v2", small, new List<Layer> { big }, null),
            new Manifest("v2", small, new List<Layer> { big, small }, null),
        };
        foreach (var m in manifests) Console.WriteLine(Classify(m));
        foreach (var o in new object?[] { new Range(0, 0), new Range(5, 1), new Range(-3, 4), new Range(2, 9), (1, 2), ("x", 3.5), "abcdefgh", "abc", 500, -500, 42, 7, null, 2.5 })
            Console.WriteLine(Shape(o));
        var point = (X: 3, Y: -3);
        var quadrant = point switch
        {
            ( > 0, > 0) => 1,
            ( < 0, > 0) => 2,
            ( < 0, < 0) => 3,
            ( > 0, < 0) => 4,
            _ => 0,
        };
        Console.WriteLine("quadrant " + quadrant);
        object value = 1234L;
        if (value is long l and > 1000) Console.WriteLine("long above 1000: " + l);
        if (value is not (int or string)) Console.WriteLine("neither int nor string");
        string? maybe = "text";
        if (maybe is { Length: var len } && len > 2) Console.WriteLine("length " + len);
    }
}
