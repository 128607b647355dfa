using System.Text;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Json;

namespace EdgeMirror.Worker.Core.Page;

/// <summary>The JSON the landing page reads from <c>{{config}}</c> (its shape is a contract with html/index.html):
/// <c>{"host":…,"scheme":…,"passwordRequired":…,"hostLabels":…,"registries":[{"name","label","upstream","isDefault"}]}</c>.
/// HTML-safe: no <c>&lt;</c>, <c>&gt;</c> or <c>&amp;</c> appear unescaped.</summary>
public static class PageConfig
{
    public static string ToJson(string host, string scheme, bool passwordRequired, bool hostLabels, RegistryTable registries)
    {
        var json = new StringBuilder();
        json.Append("{\"host\":").Append(JsonText.Quote(host));
        json.Append(",\"scheme\":").Append(JsonText.Quote(scheme));
        json.Append(",\"passwordRequired\":").Append(JsonText.Bool(passwordRequired));
        json.Append(",\"hostLabels\":").Append(JsonText.Bool(hostLabels));
        json.Append(",\"registries\":[");
        var first = true;
        foreach (var entry in registries.Entries)
        {
            if (!first) json.Append(',');
            first = false;
            json.Append("{\"name\":").Append(JsonText.Quote(entry.Name));
            json.Append(",\"label\":").Append(JsonText.Quote(entry.Label));
            json.Append(",\"upstream\":").Append(JsonText.Quote(entry.Upstream));
            json.Append(",\"isDefault\":").Append(JsonText.Bool(entry.IsDefault));
            json.Append('}');
        }
        json.Append("]}");
        return json.ToString();
    }
}
