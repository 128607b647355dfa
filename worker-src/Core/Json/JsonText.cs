using System.Text.Json;

namespace EdgeMirror.Worker.Core.Json;

/// <summary>Writes JSON literals. Strings go through System.Text.Json's default encoder, which escapes &lt;,
/// &gt;, &amp; and quotes too, so the text can be embedded in an HTML &lt;script&gt; without ending it early.</summary>
public static class JsonText
{
    public static string Quote(string value) => "\"" + JsonEncodedText.Encode(value).ToString() + "\"";

    public static string Bool(bool value) => value ? "true" : "false";
}
