using System;
using System.Collections.Generic;
using System.Text.Json;

namespace EdgeMirror.Worker.Core.Json;

/// <summary>The Worker's reads of JSON (vars, token answers) through System.Text.Json, which cs2js maps onto a
/// small runtime tokenizer and native JSON. None of them throws: text that is not one JSON value, a value of
/// another kind and a string .NET cannot read (escapes that leave a surrogate unpaired) all count as absent, so
/// bad input becomes a reported problem or a missing token, never a fault. Each catches every exception because
/// all it calls is the JSON reader, whose every failure (JsonException, ArgumentException for unpaired surrogates,
/// InvalidOperationException for kinds and unreadable strings) means the same: not there.</summary>
public static class JsonValues
{
    /// <summary>The root value, or an Undefined element when the text is not exactly one JSON value.</summary>
    public static JsonElement Parse(string text)
    {
        try
        {
            return JsonDocument.Parse(text).RootElement;
        }
        catch (Exception)
        {
            return default;
        }
    }

    /// <summary>The object's last property of that name (as .NET finds it among repeated names), or Undefined.</summary>
    public static JsonElement Field(JsonElement value, string name)
    {
        try
        {
            return value.TryGetProperty(name, out var field) ? field : default;
        }
        catch (Exception)
        {
            return default;
        }
    }

    /// <summary>The string's value, or null when it is not a string.</summary>
    public static string? Text(JsonElement value)
    {
        try
        {
            return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>An object's properties in document order, repeated names kept, each with its value's text (null
    /// when not a string); null when the text is not a JSON object or has a name .NET cannot read.</summary>
    public static List<KeyValuePair<string, string?>>? TextMembers(string text)
    {
        var members = new List<KeyValuePair<string, string?>>();
        try
        {
            foreach (var property in Parse(text).EnumerateObject())
                members.Add(new KeyValuePair<string, string?>(property.Name, Text(property.Value)));
        }
        catch (Exception)
        {
            return null;
        }
        return members;
    }
}
