using EdgeMirror.Deployer.CommandLine;
using Octokit;

namespace EdgeMirror.Deployer.Release;

/// <summary>Creates the GitHub release for a tag, or updates it: its assets are replaced by this build's.
/// The API address comes from GITHUB_API_URL (GitHub Enterprise, or a local fake in tests).</summary>
public sealed class ReleasePublisher(IGitHubClient github)
{
    public static ReleasePublisher FromEnvironment()
    {
        var token = Environment.GetEnvironmentVariable("GITHUB_TOKEN") is { Length: > 0 } t ? t
            : throw new DeployerException(ExitCode.Credentials, "GITHUB_TOKEN is not set.",
                "Create a token with contents:write on the repository (github.com → Settings → Developer settings) and export GITHUB_TOKEN.");
        var address = Environment.GetEnvironmentVariable("GITHUB_API_URL") is { Length: > 0 } a ? new Uri(a) : GitHubClient.GitHubApiUrl;
        var client = new GitHubClient(new ProductHeaderValue("edgemirror-deployer"), address) { Credentials = new Credentials(token) };
        return new ReleasePublisher(client);
    }

    public async Task<Octokit.Release> PublishAsync(string owner, string name, string tag, string title, string notes,
        IReadOnlyList<ReleaseAsset> assets)
    {
        try
        {
            var release = await FindAsync(owner, name, tag);
            if (release is null)
            {
                release = await github.Repository.Release.Create(owner, name, new NewRelease(tag) { Name = title, Body = notes });
            }
            else
            {
                release = await github.Repository.Release.Edit(owner, name, release.Id, new ReleaseUpdate { Name = title, Body = notes });
                // The release carries one build: files of an earlier build (e.g. a page module under an older
                // content hash) go too, not only those with a name we upload again.
                foreach (var stale in release.Assets)
                    await github.Repository.Release.DeleteAsset(owner, name, stale.Id);
            }
            foreach (var asset in assets)
            {
                await using var content = File.OpenRead(asset.Path);
                await github.Repository.Release.UploadAsset(release,
                    new ReleaseAssetUpload(asset.Name, asset.ContentType, content, TimeSpan.FromMinutes(5)));
            }
            return await github.Repository.Release.Get(owner, name, release.Id);
        }
        catch (AuthorizationException e)
        {
            throw new DeployerException(ExitCode.Credentials, $"GitHub rejected GITHUB_TOKEN: {e.Message}",
                $"Use a token with contents:write on {owner}/{name} and export it as GITHUB_TOKEN.", e);
        }
        catch (NotFoundException e)
        {
            throw new DeployerException(ExitCode.Configuration, $"GitHub has no repository {owner}/{name} visible to this token: {e.Message}",
                "Check --repo OWNER/NAME and that GITHUB_TOKEN can see the repository.", e);
        }
        catch (ApiException e)
        {
            throw new DeployerException(ExitCode.Failed, $"GitHub answered {(int)e.StatusCode}: {e.Message}",
                "Read GitHub's message above, then run `release` again (it updates the release it created).", e);
        }
    }

    private async Task<Octokit.Release?> FindAsync(string owner, string name, string tag)
    {
        try
        {
            return await github.Repository.Release.Get(owner, name, tag);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
