using EdgeMirror.Page.Tests.Browser;
using EdgeMirror.Page.Tests.Hosting;

namespace EdgeMirror.Page.Tests;

/// <summary>The page follows the deployment's config: password, host labels, HTTPS or plain HTTP.
/// Served by the template server with the config each test picks.</summary>
[Collection("page")]
public sealed class ConfigVariantTests(PageFixture fixture)
{
    private TemplateServer Server => fixture.Variants;

    [Fact]
    public async Task AMirrorWithAPasswordSaysSoAndShowsDockerLoginForItsHost()
    {
        Server.Use(host => MirrorConfig.For(host) with { PasswordRequired = true });
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop, Server);

        Assert.Equal(1, await tab.Page.Locator("[data-password=required]").CountAsync());
        var login = await Snippet.ByIdAsync(tab.Page, "access-login");
        Assert.Equal($"docker login {Server.Host}", login.Text);
        await login.CopyButton.ClickAsync();
        Assert.Equal(login.Text, await tab.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.Contains("password: PASSWORD", (await Snippet.ByIdAsync(tab.Page, "k3s-registries")).Text);
        Assert.Contains($"--docker-server={Server.Host}", (await Snippet.ByIdAsync(tab.Page, "k8s-secret")).Text);
        Assert.Equal($"podman login {Server.Host}", (await Snippet.ByIdAsync(tab.Page, "podman-login")).Text);
    }

    [Fact]
    public async Task HostLabelFormsAppearForEachRegistryWhenHostLabelsAreOn()
    {
        Server.Use(host => MirrorConfig.For("mirror.example.com") with { HostLabels = true });
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop, Server);
        var snippets = (await Snippet.AllAsync(tab.Page)).ToDictionary(s => s.Id);

        Assert.Equal("docker pull ghcr.mirror.example.com/home-assistant/home-assistant:stable", snippets["label-ghcr.io"].Text);
        Assert.Equal("docker pull mirror.example.com/ghcr.io/home-assistant/home-assistant:stable", snippets["pull-ghcr.io"].Text);
        foreach (var registry in MirrorConfig.BuiltIn.Where(r => !r.IsDefault))
            Assert.StartsWith($"docker pull {registry.Label}.mirror.example.com/", snippets["label-" + registry.Name].Text);
        Assert.DoesNotContain("label-docker.io", snippets.Keys);
    }

    [Fact]
    public async Task WithoutHostLabelsNoHostLabelFormIsOffered()
    {
        Server.Use(host => MirrorConfig.For("mirror.example.com"));
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop, Server);

        Assert.DoesNotContain(await Snippet.AllAsync(tab.Page), s => s.Id.StartsWith("label-") || s.Text.Contains("ghcr.mirror.example.com"));
    }

    [Fact]
    public async Task AnHttpsMirrorGetsHttpsSnippetsAndAPlainHttpMirrorIsMarkedInsecure()
    {
        Server.Use(host => MirrorConfig.For("mirror.example.com", "https"));
        await using (var tab = await fixture.VisitAsync(PageOptions.Desktop, Server))
        {
            var docker = (await Snippet.ByIdAsync(tab.Page, "docker-daemon")).Text;
            Assert.Contains("[\"https://mirror.example.com\"]", docker);
            Assert.DoesNotContain("insecure", docker);
            Assert.DoesNotContain("insecure", (await Snippet.ByIdAsync(tab.Page, "podman-registries")).Text);
            Assert.Contains("[host.\"https://mirror.example.com\"]", (await Snippet.ByIdAsync(tab.Page, "containerd-hosts")).Text);
        }

        Server.Use(host => MirrorConfig.For("10.0.0.5:8080", "http"));
        await using (var tab = await fixture.VisitAsync(PageOptions.Desktop, Server))
        {
            var docker = (await Snippet.ByIdAsync(tab.Page, "docker-daemon")).Text;
            Assert.Contains("\"registry-mirrors\": [\"http://10.0.0.5:8080\"]", docker);
            Assert.Contains("\"insecure-registries\": [\"10.0.0.5:8080\"]", docker);
            Assert.Contains("insecure = true", (await Snippet.ByIdAsync(tab.Page, "podman-registries")).Text);
            Assert.Contains("--tls-verify=false", (await Snippet.ByIdAsync(tab.Page, "skopeo-inspect")).Text);
        }
    }

    [Fact]
    public async Task ARegistryAddedByConfigIsListedAndPulledByItsName()
    {
        var registries = MirrorConfig.BuiltIn.Append(new RegistryEntry("registry.corp.test", "corp", "https://registry.corp.test", false)).ToList();
        Server.Use(host => MirrorConfig.For(host) with { Registries = registries });
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop, Server);

        Assert.Contains("registry.corp.test", await tab.Page.Locator("#serves li code").AllTextContentsAsync());
        Assert.StartsWith($"docker pull {Server.Host}/registry.corp.test/", (await Snippet.ByIdAsync(tab.Page, "pull-registry.corp.test")).Text);
    }

    [Fact]
    public async Task AConfigWithMarkupCannotInjectIntoThePage()
    {
        var registries = new[] { new RegistryEntry("evil.test", "<img src=x onerror=alert(1)>", "https://x.test/</script><script>alert(2)</script>", true) };
        Server.Use(host => MirrorConfig.For(host) with { Registries = registries });
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop, Server);

        Assert.Equal(0, await tab.Page.Locator("main img").CountAsync());
        Assert.Contains("</script><script>alert(2)</script>", await tab.Page.Locator("tr[data-registry='evil.test']").TextContentAsync());
        Assert.Empty(tab.Errors);
    }
}
