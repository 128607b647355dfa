using EdgeMirror.Worker.Core.Config;
using System.Text.Json;
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
        var parsed = JsonDocument.Parse(json).RootElement;
        Assert.Equal("mirror.example.com", parsed.GetProperty("host").GetString());
        Assert.Equal("https", parsed.GetProperty("scheme").GetString());
        Assert.False(parsed.GetProperty("passwordRequired").GetBoolean());
        Assert.True(parsed.GetProperty("hostLabels").GetBoolean());
        var list = parsed.GetProperty("registries");
        Assert.Equal(9, list.GetArrayLength());
        Assert.Equal("docker.io", list[0].GetProperty("name").GetString());
        Assert.Equal("docker", list[0].GetProperty("label").GetString());
        Assert.Equal("https://registry-1.docker.io", list[0].GetProperty("upstream").GetString());
        Assert.True(list[0].GetProperty("isDefault").GetBoolean());
        Assert.Equal("ghcr", list[1].GetProperty("label").GetString());
        Assert.False(list[1].GetProperty("isDefault").GetBoolean());
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
        Assert.Equal("{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"no \\u0022such\\u0022 repo\"}]}", json);
        var error = JsonDocument.Parse(json).RootElement.GetProperty("errors")[0];
        Assert.Equal("NAME_UNKNOWN", error.GetProperty("code").GetString());
        Assert.Equal("no \"such\" repo", error.GetProperty("message").GetString());
    }
}
