using System.Collections.Generic;

namespace EdgeMirror.Worker.Core.Json;

public enum JsonKind { Null, Boolean, Number, String, Array, Object }

/// <summary>A parsed JSON value. Deliberately tiny: the Worker reads only small configuration
/// values and token answers, and this compiles the same on .NET and, through cs2js, in JavaScript.</summary>
public sealed class JsonValue
{
    public JsonValue(JsonKind kind, string text, List<JsonValue> items, List<JsonMember> members)
    {
        Kind = kind;
        Text = text;
        Items = items;
        Members = members;
    }

    public JsonKind Kind { get; }

    /// <summary>The string's value, the number's source text, or "true"/"false"; "" otherwise.</summary>
    public string Text { get; }

    public List<JsonValue> Items { get; }

    /// <summary>Object members in document order (duplicates kept; <see cref="Get"/> returns the last).</summary>
    public List<JsonMember> Members { get; }

    public JsonValue? Get(string name)
    {
        JsonValue? found = null;
        foreach (var member in Members)
            if (member.Name == name) found = member.Value;
        return found;
    }

    /// <summary>The member's string value, or null when it is missing or not a string.</summary>
    public string? GetString(string name)
    {
        var value = Get(name);
        return value != null && value.Kind == JsonKind.String ? value.Text : null;
    }
}

public sealed record JsonMember(string Name, JsonValue Value);
