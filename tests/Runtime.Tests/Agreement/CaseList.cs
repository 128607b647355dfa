using System.Collections;
using System.Text;
using System.Text.Json;

namespace EdgeMirror.Runtime.Tests.Agreement;

/// <summary>An out argument: the JS side passes a ref object and reports [returned, out value].</summary>
public sealed class OutArg
{
    public static readonly OutArg Instance = new();
}

/// <summary>An exception argument: the JS side constructs runtime class <paramref name="Runtime"/> with the message.</summary>
public sealed record Inner(string Runtime, string Message);

/// <summary>JS's undefined, as the BCL templates pass it for an omitted optional argument.</summary>
public sealed class Undefined
{
    public static readonly Undefined Instance = new();
}

/// <summary>Cases for js/agreement.mjs: a runtime function, its JS arguments, and what .NET computes for
/// the same operation (a value, or the exception's type and message), computed here, in-process.</summary>
public sealed class CaseList
{
    private readonly MemoryStream buffer = new();
    private readonly Utf8JsonWriter writer;

    public CaseList()
    {
        writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartArray();
    }

    public int Count { get; private set; }

    /// <summary>Calls runtime function <paramref name="function"/> (a `$name`) with <paramref name="args"/>.</summary>
    public void Call(string function, object?[] args, Func<object?> dotnet, string? label = null) =>
        Write(new Dictionary<string, object?> { ["fn"] = function }, args, dotnet, label);

    /// <summary>Constructs runtime class <paramref name="runtimeClass"/> and reads <paramref name="member"/>
    /// ("toString" calls it).</summary>
    public void Construct(string runtimeClass, object?[] args, string member, Func<object?> dotnet, string? label = null) =>
        Write(new Dictionary<string, object?> { ["new"] = runtimeClass, ["member"] = member }, args, dotnet, label);

    private void Write(Dictionary<string, object?> head, object?[] args, Func<object?> dotnet, string? label)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in head) writer.WriteString(key, (string?)value);
        writer.WriteString("label", label ?? head.Values.First() + "(" + string.Join(", ", args.Select(Describe)) + ")");
        writer.WritePropertyName("args");
        WriteValue(args);
        try
        {
            var result = dotnet();
            writer.WritePropertyName("expect");
            WriteValue(result);
        }
        catch (Exception e)
        {
            writer.WriteString("throws", e.GetType().FullName);
            writer.WriteString("message", e.Message);
        }
        writer.WriteEndObject();
        Count++;
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        char c => $"'{c}'",
        IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(Describe)) + "]",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private void WriteValue(object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case OutArg: writer.WriteStartObject(); writer.WriteBoolean("$ref", true); writer.WriteEndObject(); break;
            case Inner inner:
                writer.WriteStartObject();
                writer.WriteString("$exception", inner.Runtime);
                writer.WriteString("message", inner.Message);
                writer.WriteEndObject();
                break;
            case Undefined: writer.WriteStartObject(); writer.WriteBoolean("$undefined", true); writer.WriteEndObject(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case char c: writer.WriteNumberValue(c); break;
            case long or ulong: WriteTagged("$big", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!); break;
            case double d: WriteDouble(d); break;
            case float f: WriteDouble(f); break;
            case int or uint or short or ushort or byte or sbyte: writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case Enum e: writer.WriteNumberValue(Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture)); break;
            case System.Runtime.CompilerServices.ITuple t:
                writer.WriteStartArray();
                for (var i = 0; i < t.Length; i++) WriteValue(t[i]);
                writer.WriteEndArray();
                break;
            case IEnumerable e:
                writer.WriteStartArray();
                foreach (var item in e) WriteValue(item);
                writer.WriteEndArray();
                break;
            default: throw new ArgumentException("cannot encode " + value.GetType());
        }
    }

    private void WriteDouble(double d)
    {
        if (double.IsNaN(d)) WriteTagged("$num", "NaN");
        else if (double.IsPositiveInfinity(d)) WriteTagged("$num", "Infinity");
        else if (double.IsNegativeInfinity(d)) WriteTagged("$num", "-Infinity");
        else if (d == 0 && double.IsNegative(d)) WriteTagged("$num", "-0");
        else writer.WriteNumberValue(d);
    }

    private void WriteTagged(string tag, string text)
    {
        writer.WriteStartObject();
        writer.WriteString(tag, text);
        writer.WriteEndObject();
    }

    public string ToJson()
    {
        writer.WriteEndArray();
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
