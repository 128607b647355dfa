using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Json;
using EdgeMirror.Worker.Core.Page;
using EdgeMirror.Worker.Core.Responses;

namespace EdgeMirror.Worker.Tests.Core;

public sealed class PageTests
{
    [Fact]
    public void The_config_json_has_the_shape_the_page_relies_on()
    {
        var registries = RegistryTable.Create(null, null, new List<string>());
        var json = PageConfig.ToJson("mirror.example.com", "https", false, true, registries);
        var parsed = JsonReader.TryParse(json)!;
        Assert.Equal("mirror.example.com", parsed.GetString("host"));
        Assert.Equal("https", parsed.GetString("scheme"));
        Assert.Equal("false", parsed.Get("passwordRequired")!.Text);
        Assert.Equal("true", parsed.Get("hostLabels")!.Text);
        var list = parsed.Get("registries")!.Items;
        Assert.Equal(9, list.Count);
        Assert.Equal("docker.io", list[0].GetString("name"));
        Assert.Equal("docker", list[0].GetString("label"));
        Assert.Equal("https://registry-1.docker.io", list[0].GetString("upstream"));
        Assert.Equal("true", list[0].Get("isDefault")!.Text);
        Assert.Equal("ghcr", list[1].GetString("label"));
        Assert.Equal("false", list[1].Get("isDefault")!.Text);
    }

    [Fact]
    public void Host_and_config_placeholders_are_all_replaced_and_escaped()
    {
        var html = PageTemplate.Render("<p>{{host}}</p><script>const c = {{config}};</script>{{host}}",
            "a<b>.example", "{\"host\":\"a\\u003cb\"}");
        Assert.Equal("<p>a&lt;b&gt;.example</p><script>const c = {\"host\":\"a\\u003cb\"};</script>a&lt;b&gt;.example", html);
    }

    [Fact]
    public void Oci_errors_serialize_as_the_distribution_spec_describes()
    {
        var json = OciError.NameUnknown("no \"such\" repo").ToJson();
        Assert.Equal("{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"no \\\"such\\\" repo\"}]}", json);
        var parsed = JsonReader.TryParse(json)!;
        Assert.Equal("NAME_UNKNOWN", parsed.Get("errors")!.Items[0].GetString("code"));
    }
}
