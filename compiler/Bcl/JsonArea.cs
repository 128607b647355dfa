namespace EdgeMirror.Compiler.Bcl;

/// <summary>System.Text.Json (json.mjs): JsonDocument.Parse, JsonElement, JsonProperty, JsonException, and
/// JsonEncodedText.Encode for writing strings (a JsonEncodedText is its encoded string).
/// Elements are runtime objects reached only through these templates (JsonElement has no type entry), so any
/// member not listed here is a CS2JS0008 error instead of a call to a method the runtime does not have.
/// Not mapped: JsonDocumentOptions, the span and UTF-8 overloads, GetGuid/GetDateTime/GetBytes…, encoders other
/// than the default, JsonSerializer, Utf8JsonWriter, JsonNode.</summary>
public sealed class JsonArea : IBclArea
{
    private const string Element = "System.Text.Json.JsonElement";

    public IEnumerable<BclType> Types { get; } =
    [
        new("T:System.Text.Json.JsonException", "$JsonException"),
    ];

    public IEnumerable<BclMember> Members { get; } =
    [
        new("M:System.Text.Json.JsonDocument.Parse(System.String,System.Text.Json.JsonDocumentOptions)", "@jsonParse({json})"),
        new("M:System.Text.Json.JsonDocument.get_RootElement", "{this}.RootElement"),
        new("M:System.Text.Json.JsonDocument.Dispose", "{this}.Dispose()"),

        new($"M:{Element}.get_ValueKind", "@jsonKind({this})"),
        new($"M:{Element}.get_Item(System.Int32)", "@jsonItem({this}, {index})"),
        new($"M:{Element}.GetProperty(System.String)", "@jsonProperty({this}, {propertyName})"),
        new($"M:{Element}.TryGetProperty(System.String,{Element}@)", "@jsonProperty({this}, {propertyName}, {value})"),
        new($"M:{Element}.GetPropertyCount", "@jsonObject({this}).length"),
        new($"M:{Element}.GetArrayLength", "@jsonArray({this}).length"),
        new($"M:{Element}.EnumerateArray", "@jsonArray({this})"),
        new($"M:{Element}.EnumerateObject", "@jsonObject({this})"),
        new($"M:{Element}.GetString", "@jsonGetString({this})"),
        new($"M:{Element}.GetBoolean", "@jsonGetBoolean({this})"),
        new($"M:{Element}.GetInt32", "@jsonInteger({this}, \"int\")"),
        new($"M:{Element}.TryGetInt32(System.Int32@)", "@jsonInteger({this}, \"int\", {value})"),
        new($"M:{Element}.GetUInt32", "@jsonInteger({this}, \"uint\")"),
        new($"M:{Element}.TryGetUInt32(System.UInt32@)", "@jsonInteger({this}, \"uint\", {value})"),
        new($"M:{Element}.GetInt64", "@jsonInteger({this}, \"long\")"),
        new($"M:{Element}.TryGetInt64(System.Int64@)", "@jsonInteger({this}, \"long\", {value})"),
        new($"M:{Element}.GetUInt64", "@jsonInteger({this}, \"ulong\")"),
        new($"M:{Element}.TryGetUInt64(System.UInt64@)", "@jsonInteger({this}, \"ulong\", {value})"),
        new($"M:{Element}.GetDouble", "@jsonDouble({this})"),
        new($"M:{Element}.TryGetDouble(System.Double@)", "@jsonDouble({this}, {value})"),
        new($"M:{Element}.GetRawText", "@jsonRawText({this})"),
        new($"M:{Element}.Clone", "@jsonClone({this})"),
        new($"M:{Element}.ToString", "@jsonToString({this})"),

        new("M:System.Text.Json.JsonProperty.get_Name", "{this}.Name"),
        new("M:System.Text.Json.JsonProperty.get_Value", "{this}.Value"),
        new("M:System.Text.Json.JsonProperty.NameEquals(System.String)", "({this}.Name === {text})"),
        new("M:System.Text.Json.JsonProperty.ToString", "{this}.toString()"),

        new("M:System.Text.Json.JsonEncodedText.Encode(System.String,System.Text.Encodings.Web.JavaScriptEncoder)", "@jsonEncode({value})"),
        new("M:System.Text.Json.JsonEncodedText.get_Value", "({this} ?? \"\")"),
        new("M:System.Text.Json.JsonEncodedText.ToString", "({this} ?? \"\")"),

        new("M:System.Text.Json.JsonException.#ctor", "new @JsonException()"),
        new("M:System.Text.Json.JsonException.#ctor(System.String)", "new @JsonException({message})"),
        new("M:System.Text.Json.JsonException.#ctor(System.String,System.Exception)", "new @JsonException({message}, {innerException})"),
        new("M:System.Text.Json.JsonException.get_Message", "{this}.Message"),
        // Where the reader failed is not tracked: a reader's JsonException says null, not .NET's line and byte.
        new("M:System.Text.Json.JsonException.get_Path", "({this}.Path ?? null)"),
        new("M:System.Text.Json.JsonException.get_LineNumber", "({this}.LineNumber ?? null)"),
        new("M:System.Text.Json.JsonException.get_BytePositionInLine", "({this}.BytePositionInLine ?? null)"),
    ];
}
