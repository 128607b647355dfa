using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

// System.Text.Json's read side as a token answer, a config var and a manifest use it.
class Program
{
    static void Main()
    {
        var text = "{ \"token\": \"abc\", \"expires_in\": 300, \"issued_at\": \"2024-01-01T00:00:00Z\",\n"
            + "  \"scopes\": [\"repository:library/alpine:pull\", \"repository:x:pull,push\"], \"ok\": true, \"off\": false,\n"
            + "  \"nothing\": null, \"nested\": { \"a\": [1, 2.5, -0, 1e3, { \"deep\": [[]] }] }, \"esc\": \"a\\u00e9\\n\\\"\\/\\ud83d\\ude00\" }";
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;
        Console.WriteLine(root.ValueKind);
        Console.WriteLine(root.GetProperty("token").GetString());
        Console.WriteLine(root.GetProperty("expires_in").GetInt32() + 1);
        Console.WriteLine(root.GetProperty("expires_in").GetInt64() * 2);
        Console.WriteLine(root.GetProperty("expires_in").GetDouble() / 7);
        Console.WriteLine(root.GetProperty("ok").GetBoolean() + " " + root.GetProperty("off").GetBoolean());
        Console.WriteLine(root.GetProperty("nothing").ValueKind + " [" + root.GetProperty("nothing").GetString() + "]");
        Console.WriteLine(root.GetProperty("esc").GetString() + " " + root.GetProperty("esc").GetString()!.Length);
        Console.WriteLine(root.GetProperty("esc").GetRawText());
        var scopes = root.GetProperty("scopes");
        Console.WriteLine(scopes.GetArrayLength() + " " + scopes[1].GetString());
        foreach (var scope in scopes.EnumerateArray()) Console.WriteLine("scope " + scope.GetString());
        Console.WriteLine(string.Join(",", scopes.EnumerateArray().Select(s => s.GetString()!.Length)));
        foreach (var property in root.EnumerateObject())
            Console.WriteLine(property.Name + " " + property.Value.ValueKind + " " + property.Value.GetRawText().Length + " " + property.NameEquals("ok"));
        Console.WriteLine(root.GetPropertyCount());
        var items = root.GetProperty("nested").GetProperty("a");
        foreach (var item in items.EnumerateArray())
            Console.WriteLine(item.ValueKind + " raw=" + item.GetRawText() + " str=" + item.ToString() + " interp=" + $"{item}");
        Console.WriteLine(items[2].GetDouble() + " " + (1 / items[2].GetDouble()) + " " + items[2].GetInt32());
        Console.WriteLine(items[4].GetProperty("deep")[0].GetArrayLength());
        Console.WriteLine(root.GetProperty("nested").GetRawText());
        Console.WriteLine(root.GetProperty("ok").ToString() + root.GetProperty("off") + "[" + root.GetProperty("nothing") + "]");

        Console.WriteLine(root.TryGetProperty("token", out var token) + " " + token.GetString());
        Console.WriteLine(root.TryGetProperty("missing", out var missing) + " " + missing.ValueKind);
        Console.WriteLine(items[1].TryGetInt32(out var notInt) + " " + notInt);
        Console.WriteLine(items[0].TryGetInt32(out var isInt) + " " + isInt);
        Console.WriteLine(items[3].TryGetInt64(out var exp) + " " + exp);
        Console.WriteLine(items[1].TryGetDouble(out var d) + " " + d);
        var clone = root.GetProperty("scopes").Clone();
        Console.WriteLine(clone[0].GetString());

        // Repeated names: GetProperty finds the last, EnumerateObject keeps them all, in document order.
        var dup = JsonDocument.Parse("{\"b\":1,\"2\":\"two\",\"b\":2,\"1\":\"one\"}").RootElement;
        Console.WriteLine(dup.GetProperty("b").GetInt32());
        Console.WriteLine(string.Join(" ", dup.EnumerateObject().Select(p => p.Name + "=" + p.Value.GetRawText())));
        Console.WriteLine(string.Join(" ", dup.EnumerateObject().Select(p => p.ToString())));

        // Numbers beyond double and beyond 64 bits keep their text.
        var big = JsonDocument.Parse("[1e400, -1e400, 1e-400, 9223372036854775807, 9223372036854775808, 18446744073709551615, 4294967295, -2147483648, 123456789012345678901234567890]").RootElement;
        foreach (var n in big.EnumerateArray())
        {
            var asInt = n.TryGetInt32(out var i) ? i.ToString() : "-";
            var asLong = n.TryGetInt64(out var l) ? l.ToString() : "-";
            var asUInt = n.TryGetUInt32(out var u) ? u.ToString() : "-";
            var asULong = n.TryGetUInt64(out var ul) ? ul.ToString() : "-";
            Console.WriteLine(n.GetRawText() + " " + n.GetDouble() + " " + asInt + " " + asLong + " " + asUInt + " " + asULong);
        }
        Console.WriteLine(JsonDocument.Parse("4294967295").RootElement.GetUInt32() + " " + JsonDocument.Parse("18446744073709551615").RootElement.GetUInt64());

        // Whitespace JSON allows, and scalars at the root.
        foreach (var t in new[] { " \t\r\n 42 \n", "\"s\"", "true", "null", "[]", "{}", " [ ] ", "-0.5e-3", "[[[[[[[[[[1]]]]]]]]]]" })
        {
            var e = JsonDocument.Parse(t).RootElement;
            Console.WriteLine(e.ValueKind + " <" + e.GetRawText() + "> <" + e + ">");
        }
        var kinds = new List<JsonValueKind>();
        foreach (var e in JsonDocument.Parse("[{},[],\"\",0,true,false,null]").RootElement.EnumerateArray()) kinds.Add(e.ValueKind);
        Console.WriteLine(string.Join(",", kinds) + " " + (int)kinds[3] + " " + (kinds[0] == JsonValueKind.Object));
        JsonElement unset = default;
        Console.WriteLine(unset.ValueKind + " <" + unset + "> <" + unset.ToString() + ">");
    }
}
