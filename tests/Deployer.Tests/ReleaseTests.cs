using EdgeMirror.Deployer.Tests.Fakes;
using EdgeMirror.Deployer.Tests.Infrastructure;
using System.Text;
using Xunit.Abstractions;

namespace EdgeMirror.Deployer.Tests;

/// <summary>`release` through Octokit against the fake GitHub API.</summary>
public sealed class ReleaseTests : IDisposable
{
    private readonly FakeGitHubApi _github = new();
    private readonly TempProject _project = new(Path.Combine(AppContext.BaseDirectory, "TestData", "worker-with-page.js"));
    private readonly ITestOutputHelper _output;

    public ReleaseTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(Path.Combine(_project.Root, "html"));
        File.WriteAllText(Path.Combine(_project.Root, "html", "index.html"), Page);
    }

    private async Task<DeployerResult> ReleaseAsync(string? token)
    {
        var result = await DeployerProcess.RunAsync(_project, ["release", "--repo", "octo/edgemirror", "--tag", "v1.2.0", "--no-build", "--json"],
            new Dictionary<string, string?> { ["GITHUB_TOKEN"] = token, ["GITHUB_API_URL"] = _github.BaseUrl });
        _output.WriteLine(result.ToString());
        _output.WriteLine("calls:\n" + string.Join("\n", _github.Calls));
        return result;
    }

    private const string Page = "<!doctype html><title>EdgeMirror on {{host}}</title>";

    private string BundleFile(string name) => Path.Combine(_project.Root, "dist", "bundle", name);

    [Fact]
    public async Task Release_carries_the_bundled_worker_its_map_and_the_page_it_imports()
    {
        var result = await ReleaseAsync(_github.Token);

        Assert.True(result.ExitCode == 0, result.ToString());
        var release = Assert.Single(_github.Releases);
        Assert.Equal("v1.2.0", release.Tag);
        var names = release.Assets.Select(a => a.Name).Order().ToArray();
        Assert.Equal(3, names.Length);
        Assert.Contains("worker.js", names);
        Assert.Contains("worker.js.map", names);
        // The page travels under the module name the bundled worker.js imports, so pasting both works.
        var page = release.Assets.Single(a => a.Name.EndsWith("index.html"));
        Assert.Equal(Page, Encoding.UTF8.GetString(page.Content));
        var worker = Encoding.UTF8.GetString(release.Assets.Single(a => a.Name == "worker.js").Content);
        Assert.Contains($"from \"./{page.Name}\"", worker);
        Assert.Equal(File.ReadAllBytes(BundleFile("worker.js")), release.Assets.Single(a => a.Name == "worker.js").Content);
        Assert.Contains(page.Name, release.Body);
        Assert.All(_github.AuthorizationHeaders, h => Assert.EndsWith(" " + _github.Token, h));
        Assert.Equal(3, result.Json["assets"]!.AsArray().Count);
    }

    [Fact]
    public async Task Releasing_the_same_tag_again_replaces_the_assets_instead_of_adding_copies()
    {
        Assert.Equal(0, (await ReleaseAsync(_github.Token)).ExitCode);
        File.WriteAllText(Path.Combine(_project.Root, "dist", "worker.js"),
            "export default { fetch() { return new Response('second build'); } };\n");

        var second = await ReleaseAsync(_github.Token);

        Assert.True(second.ExitCode == 0, second.ToString());
        var release = Assert.Single(_github.Releases);
        Assert.Equal(["worker.js", "worker.js.map"], release.Assets.Select(a => a.Name).Order());
        Assert.Contains("second build", Encoding.UTF8.GetString(release.Assets.Single(a => a.Name == "worker.js").Content));
        Assert.Equal(3, _github.Calls.Count(c => c.Method == "DELETE"));
    }

    [Fact]
    public async Task Without_GITHUB_TOKEN_release_fails_with_a_clear_error()
    {
        var result = await ReleaseAsync(null);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("GITHUB_TOKEN is not set", result.Json["error"]!.GetValue<string>());
        Assert.Empty(_github.Calls);
    }

    public void Dispose()
    {
        _github.Dispose();
        _project.Dispose();
    }
}
