using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Routing;

namespace EdgeMirror.Worker.Tests.Core;

public sealed class RouterTests
{
    private static readonly RegistryTable Registries =
        RegistryTable.Create(null, "{\"registry.test\":\"http://127.0.0.1:5000\"}", new List<string>());

    private static Route Get(string path, string host = "mirror.example.com", string? ns = null) =>
        Router.Resolve("GET", host, path, ns, Registries);

    [Fact]
    public void One_segment_Docker_Hub_names_get_the_library_prefix_upstream()
    {
        var route = Get("/v2/nginx/manifests/latest");
        Assert.Equal(RouteKind.Manifest, route.Kind);
        Assert.Equal("docker.io", route.Registry!.Name);
        Assert.Equal("library/nginx", route.Repository);
        Assert.Equal("/v2/library/nginx/manifests/latest", route.UpstreamPath);
    }

    [Fact]
    public void A_first_segment_naming_a_registry_host_routes_there_by_path_prefix()
    {
        var route = Get("/v2/ghcr.io/owner/img/blobs/sha256:" + new string('a', 64));
        Assert.Equal(RouteKind.Blob, route.Kind);
        Assert.Equal("ghcr.io", route.Registry!.Name);
        Assert.Equal(RegistrySource.PathPrefix, route.Source);
        Assert.Equal("/v2/owner/img/blobs/sha256:" + new string('a', 64), route.UpstreamPath);
    }

    [Fact]
    public void Path_prefix_to_docker_io_still_adds_library()
    {
        var route = Get("/v2/docker.io/alpine/manifests/3.20");
        Assert.Equal("docker.io", route.Registry!.Name);
        Assert.Equal("/v2/library/alpine/manifests/3.20", route.UpstreamPath);
    }

    [Fact]
    public void Non_docker_registries_keep_one_segment_names_as_they_are()
    {
        var route = Get("/v2/registry.test/busybox/manifests/latest");
        Assert.Equal("/v2/busybox/manifests/latest", route.UpstreamPath);
    }

    [Fact]
    public void An_unknown_registry_host_in_the_path_is_name_unknown()
    {
        var route = Get("/v2/evil.example/x/manifests/latest");
        Assert.Equal(RouteKind.Error, route.Kind);
        Assert.Equal(404, route.Error!.Status);
        Assert.Equal("NAME_UNKNOWN", route.Error.Code);
    }

    [Fact]
    public void The_ns_parameter_chooses_the_registry()
    {
        var route = Get("/v2/owner/img/manifests/v1", ns: "quay.io");
        Assert.Equal("quay.io", route.Registry!.Name);
        Assert.Equal(RegistrySource.Namespace, route.Source);
        Assert.Equal("/v2/owner/img/manifests/v1", route.UpstreamPath);
    }

    [Fact]
    public void An_unknown_ns_is_name_unknown()
    {
        var route = Get("/v2/owner/img/manifests/v1", ns: "nowhere.example");
        Assert.Equal("NAME_UNKNOWN", route.Error!.Code);
    }

    [Fact]
    public void The_first_host_label_chooses_the_registry()
    {
        var route = Get("/v2/owner/img/manifests/v1", host: "ghcr.mirror.example.com");
        Assert.Equal("ghcr.io", route.Registry!.Name);
        Assert.Equal(RegistrySource.HostLabel, route.Source);
    }

    [Fact]
    public void Configured_registries_get_their_first_label_as_host_label()
    {
        var route = Get("/v2/img/tags/list", host: "registry.mirror.test:8443");
        Assert.Equal("registry.test", route.Registry!.Name);
        Assert.Equal(RouteKind.TagList, route.Kind);
        Assert.Equal("/v2/img/tags/list", route.UpstreamPath);
    }

    [Theory]
    [InlineData("127.0.0.1:8787")]
    [InlineData("mirror.example.com")]
    [InlineData("localhost")]
    [InlineData("www.mirror.example.com")]
    public void Hosts_without_a_registry_label_use_docker_hub(string host)
    {
        Assert.Equal("docker.io", Get("/v2/library/nginx/manifests/latest", host).Registry!.Name);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public void Writes_are_refused_as_unsupported(string method)
    {
        var route = Router.Resolve(method, "m.example", "/v2/library/nginx/manifests/latest", null, Registries);
        Assert.Equal(405, route.Error!.Status);
        Assert.Equal("UNSUPPORTED", route.Error.Code);
    }

    [Fact]
    public void The_api_base_is_routed_to_the_chosen_registry()
    {
        Assert.Equal(RouteKind.ApiBase, Get("/v2/").Kind);
        Assert.Equal(RouteKind.ApiBase, Get("/v2").Kind);
        var prefixed = Get("/v2/ghcr.io/");
        Assert.Equal(RouteKind.ApiBase, prefixed.Kind);
        Assert.Equal("ghcr.io", prefixed.Registry!.Name);
    }

    [Theory]
    [InlineData("/", RouteKind.Page)]
    [InlineData("/index.html", RouteKind.Page)]
    [InlineData("/favicon.ico", RouteKind.Favicon)]
    [InlineData("/robots.txt", RouteKind.Robots)]
    [InlineData("/token", RouteKind.Token)]
    [InlineData("/v2/a/b/referrers/sha256:0000000000000000000000000000000000000000000000000000000000000000", RouteKind.Referrers)]
    public void Fixed_paths_have_their_own_routes(string path, RouteKind kind)
    {
        Assert.Equal(kind, Get(path).Kind);
    }

    [Fact]
    public void Other_paths_are_not_found_rather_than_the_page()
    {
        var route = Get("/wp-admin");
        Assert.Equal(RouteKind.Error, route.Kind);
        Assert.Equal(404, route.Error!.Status);
    }

    [Theory]
    [InlineData("/v2/UPPER/manifests/latest", "NAME_INVALID")]
    [InlineData("/v2/a/../b/manifests/latest", "NAME_INVALID")]
    [InlineData("/v2/a%2Fb/manifests/latest", "NAME_INVALID")]
    [InlineData("/v2/library/nginx/manifests/-bad", "TAG_INVALID")]
    [InlineData("/v2/library/nginx/blobs/latest", "DIGEST_INVALID")]
    public void Invalid_names_and_references_are_rejected_by_the_grammar(string path, string code)
    {
        var route = Get(path);
        Assert.Equal(400, route.Error!.Status);
        Assert.Equal(code, route.Error.Code);
    }

    [Fact]
    public void Uploads_are_unsupported()
    {
        Assert.Equal("UNSUPPORTED", Get("/v2/library/nginx/blobs/uploads/abc").Error!.Code);
    }

    [Fact]
    public void A_token_request_naming_an_unknown_ns_is_refused()
    {
        Assert.Equal("NAME_UNKNOWN", Get("/token", ns: "nowhere.example").Error!.Code);
    }
}
