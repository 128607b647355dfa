using System;
using System.Collections.Generic;
using System.Text.Json;

// What JsonDocument and JsonElement throw: the type, and the message where .NET's does not depend on
// a byte position (parse errors are compared by type only).
class Program
{
    static void Try(string label, Func<object?> action)
    {
        try { Console.WriteLine(label + " = " + action()); }
        catch (JsonException e) { Console.WriteLine(label + " ! JsonException " + e.GetType().Name + " " + (e is JsonException)); }
        catch (Exception e) { Console.WriteLine(label + " ! " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        var root = JsonDocument.Parse("{\"s\":\"x\",\"n\":2.5,\"a\":[1],\"o\":{},\"t\":true,\"z\":null,\"i\":7,\"lone\":\"\\ud800\",\"low\":\"a\\udc00\"}").RootElement;
        Try("string as number", () => root.GetProperty("s").GetInt32());
        Try("number as string", () => root.GetProperty("n").GetString());
        Try("true as string", () => root.GetProperty("t").GetString());
        Try("string as bool", () => root.GetProperty("s").GetBoolean());
        Try("null as bool", () => root.GetProperty("z").GetBoolean());
        Try("fraction as int", () => root.GetProperty("n").GetInt32());
        Try("fraction as long", () => root.GetProperty("n").GetInt64());
        Try("try string as int", () => root.GetProperty("s").TryGetInt32(out _));
        Try("missing property", () => root.GetProperty("nope"));
        Try("property of array", () => root.GetProperty("a").GetProperty("x"));
        Try("try property of string", () => root.GetProperty("s").TryGetProperty("x", out _));
        Try("array of object", () => root.GetArrayLength());
        Try("enumerate object as array", () => { foreach (var e in root.EnumerateArray()) { } return "done"; });
        Try("enumerate array as object", () => { foreach (var p in root.GetProperty("a").EnumerateObject()) { } return "done"; });
        Try("index past end", () => root.GetProperty("a")[1]);
        Try("negative index", () => root.GetProperty("a")[-1]);
        Try("index into object", () => root[0]);
        Try("count of array", () => root.GetProperty("a").GetPropertyCount());
        Try("lone high surrogate", () => root.GetProperty("lone").GetString());
        Try("lone low surrogate", () => root.GetProperty("low").GetString());
        Try("lone surrogate raw", () => root.GetProperty("lone").GetRawText());
        Try("int too big", () => JsonDocument.Parse("2147483648").RootElement.GetInt32());
        Try("negative as uint", () => JsonDocument.Parse("-1").RootElement.GetUInt32());
        Try("exponent as int", () => JsonDocument.Parse("1e2").RootElement.GetInt32());
        Try("null name", () => root.GetProperty((string)null!));
        JsonElement unset = default;
        Try("default string", () => unset.GetString());
        Try("default raw", () => unset.GetRawText());
        Try("default property", () => unset.GetProperty("x"));
        Try("default kind", () => unset.ValueKind);
        Try("null text", () => JsonDocument.Parse((string)null!));
        Try("unpaired surrogate in text", () => JsonDocument.Parse("\"\ud800\""));
        Try("new JsonException", () => new JsonException().Message);
        Try("thrown JsonException", () => throw new JsonException("custom", new InvalidOperationException("inner")));

        string[] bad =
        {
            "", " ", "{", "}", "[1,]", "{\"a\":1,}", "[1 2]", "01", "-", "1.", ".5", "+1", "1e", "1e+", "0x10", "NaN", "Infinity",
            "tru", "nul", "True", "'single'", "\"tab\there\"", "\"\\x\"", "\"\\u12\"", "\"unterminated", "{\"a\" 1}", "{a:1}",
            "{\"a\":1} x", "[1] [2]", "/* c */ 1", "// c\n1", "\u00a01", "\ufeff1", "{\"a\":}", "[,1]", "{,}", ",", ":",
            new string('[', 65) + new string(']', 65),
        };
        foreach (var text in bad) Try("bad " + text.Length + " " + text.Replace("\n", "\\n").Substring(0, Math.Min(text.Length, 12)), () => JsonDocument.Parse(text).RootElement.ValueKind);
        Try("depth 64", () => JsonDocument.Parse(new string('[', 64) + new string(']', 64)).RootElement.ValueKind);
        Try("deep objects", () => JsonDocument.Parse(string.Concat(System.Linq.Enumerable.Repeat("{\"a\":", 64)) + "1" + new string('}', 64)).RootElement.ValueKind);
        Try("too deep objects", () => JsonDocument.Parse(string.Concat(System.Linq.Enumerable.Repeat("{\"a\":", 65)) + "1" + new string('}', 65)).RootElement.ValueKind);

        try
        {
            JsonDocument.Parse("[1,2");
        }
        catch (Exception e) when (e is JsonException json)
        {
            Console.WriteLine("caught as Exception, is JsonException: " + (json != null) + " " + (e is FormatException));
        }
        JsonDocument.Parse("{\"escapes\":1}").RootElement.GetProperty("missing");
    }
}
