using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Routing;

namespace EdgeMirror.Worker.Tests.Core;

/// <summary>Link headers of paginated answers (tag lists, referrers) lead back through the mirror to the same registry.</summary>
public sealed class PaginationLinksTests
{
    private const string Mirror = "https://mirror.example.com";
    private static readonly RegistryEntry Ghcr = new("ghcr.io", "ghcr", "https://ghcr.io", false);
    private static readonly RegistryEntry Hub = new("docker.io", "docker", "https://registry-1.docker.io", true);

    [Theory]
    [InlineData(RegistrySource.PathPrefix, "</v2/ghcr.io/o/i/tags/list?last=b&n=2>; rel=\"next\"")]
    [InlineData(RegistrySource.Namespace, "</v2/o/i/tags/list?last=b&n=2&ns=ghcr.io>; rel=\"next\"")]
    [InlineData(RegistrySource.HostLabel, "</v2/o/i/tags/list?last=b&n=2>; rel=\"next\"")]
    public void A_relative_next_link_is_spelled_the_way_the_client_chose_the_registry(RegistrySource source, string expected)
    {
        Assert.Equal(expected, PaginationLinks.Rewrite("</v2/o/i/tags/list?last=b&n=2>; rel=\"next\"", Mirror, Ghcr, source));
    }

    [Fact]
    public void A_link_to_the_upstreams_origin_becomes_one_to_the_mirror()
    {
        Assert.Equal("<https://mirror.example.com/v2/ghcr.io/o/i/tags/list?last=b>; rel=\"next\"",
            PaginationLinks.Rewrite("<https://GHCR.io/v2/o/i/tags/list?last=b>; rel=\"next\"", Mirror, Ghcr, RegistrySource.PathPrefix));
    }

    [Theory]
    [InlineData("<https://elsewhere.example/v2/o/i/tags/list?last=b>; rel=\"next\"")]
    [InlineData("<//ghcr.io/v2/o/i/tags/list>; rel=\"next\"")]
    [InlineData("</other/path>; rel=\"next\"")]
    [InlineData("no link at all")]
    [InlineData("</v2/unterminated")]
    public void Links_elsewhere_and_garbage_are_left_alone(string header)
    {
        Assert.Equal(header, PaginationLinks.Rewrite(header, Mirror, Ghcr, RegistrySource.PathPrefix));
    }

    [Fact]
    public void An_ns_already_present_is_not_added_twice_and_every_link_value_is_rewritten()
    {
        Assert.Equal("</v2/o/i/tags/list?ns=ghcr.io&n=1>; rel=\"next\", </v2/o/i/tags/list?ns=ghcr.io>; rel=\"first\"",
            PaginationLinks.Rewrite("</v2/o/i/tags/list?ns=ghcr.io&n=1>; rel=\"next\", </v2/o/i/tags/list>; rel=\"first\"", Mirror, Ghcr, RegistrySource.Namespace));
    }

    [Fact]
    public void Angle_brackets_inside_quoted_parameters_are_not_links()
    {
        Assert.Equal("</v2/ghcr.io/o/i/tags/list>; title=\"<not/a/link>\"",
            PaginationLinks.Rewrite("</v2/o/i/tags/list>; title=\"<not/a/link>\"", Mirror, Ghcr, RegistrySource.PathPrefix));
    }

    [Fact]
    public void Docker_hubs_library_links_on_the_default_route_stay_as_they_are()
    {
        const string link = "</v2/library/alpine/tags/list?last=3.19&n=100>; rel=\"next\"";
        Assert.Equal(link, PaginationLinks.Rewrite(link, Mirror, Hub, RegistrySource.Default));
    }
}
