using EdgeMirror.Page.Tests.Browser;

namespace EdgeMirror.Page.Tests;

/// <summary>What the page tells users to paste: the served host in every snippet, one per client.</summary>
[Collection("page")]
public sealed class SnippetTests(PageFixture fixture)
{
    [Fact]
    public async Task EverySnippetOnThePageNamesTheMirrorHost()
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop);
        var snippets = await Snippet.AllAsync(tab.Page);

        Assert.True(snippets.Count >= 10, $"only {snippets.Count} snippets");
        Assert.All(snippets, s => Assert.Contains(fixture.Site.Host, s.Text));
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task EachClientGetsItsOwnSnippet()
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop);
        var ids = (await Snippet.AllAsync(tab.Page)).Select(s => s.Id).ToHashSet();

        foreach (var id in new[] { "docker-daemon", "containerd-hosts", "k3s-registries", "k8s-deployment", "podman-registries", "skopeo-inspect", "retag" })
            Assert.Contains(id, ids);
    }

    [Fact]
    public async Task TheDockerSnippetPointsRegistryMirrorsAtThisMirrorAndRestartsDocker()
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop);
        var config = await PageConfigReader.ReadAsync(tab.Page);
        var docker = await Snippet.ByIdAsync(tab.Page, "docker-daemon");

        Assert.Contains($"\"registry-mirrors\": [\"{config.Scheme}://{fixture.Site.Host}\"]", docker.Text);
        Assert.Contains("/etc/docker/daemon.json", docker.Text);
        Assert.Contains("sudo systemctl restart docker", docker.Text);
    }

    [Fact]
    public async Task EveryServedRegistryHasADirectPullAndAMirrorEntryForEachClient()
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop);
        var config = await PageConfigReader.ReadAsync(tab.Page);
        var snippets = (await Snippet.AllAsync(tab.Page)).ToDictionary(s => s.Id);
        var host = fixture.Site.Host;

        Assert.NotEmpty(config.Registries);
        foreach (var registry in config.Registries)
        {
            var pull = snippets["pull-" + registry.Name].Text;
            var prefix = registry.IsDefault ? $"docker pull {host}/" : $"docker pull {host}/{registry.Name}/";
            Assert.StartsWith(prefix, pull);
            var loopNames = snippets["containerd-hosts"].Text.Split("; do")[0].Replace("\\", " ").Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains(registry.Name, loopNames);
            Assert.Contains($"location = \"{registry.Name}\"", snippets["podman-registries"].Text);
            Assert.Contains($"  {registry.Name}:", snippets["k3s-registries"].Text);
        }
        var defaultPull = snippets["pull-" + config.Registries.Single(r => r.IsDefault).Name].Text;
        Assert.Equal($"docker pull {host}/library/alpine:latest", defaultPull);
    }

    [Fact]
    public async Task ARegistryAddedByTheWorkersConfigIsListedWithItsPull()
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop);

        Assert.Contains(Hosting.WorkerSite.ExtraRegistry, await tab.Page.Locator("#serves li code").AllTextContentsAsync());
        var pull = await Snippet.ByIdAsync(tab.Page, "pull-" + Hosting.WorkerSite.ExtraRegistry);
        Assert.StartsWith($"docker pull {fixture.Site.Host}/{Hosting.WorkerSite.ExtraRegistry}/", pull.Text);
    }

    [Fact]
    public async Task IndexHtmlServesTheSamePage()
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop, path: "/index.html");

        var docker = await Snippet.ByIdAsync(tab.Page, "docker-daemon");
        Assert.Contains(fixture.Site.Host, docker.Text);
    }

    [Fact]
    public async Task ThePageSaysWhichRegistriesAreServedAndThatNoPasswordIsNeeded()
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop);
        var config = await PageConfigReader.ReadAsync(tab.Page);

        var listed = await tab.Page.Locator("#serves li code").AllTextContentsAsync();
        Assert.Equal(config.Registries.Select(r => r.Name), listed);
        var rows = await tab.Page.Locator("tr[data-registry]").CountAsync();
        Assert.Equal(config.Registries.Count, rows);
        Assert.False(config.PasswordRequired);
        Assert.Equal(1, await tab.Page.Locator("[data-password=open]").CountAsync());
        Assert.Equal(0, await tab.Page.Locator("[data-snippet$=login]").CountAsync());
    }
}
