using EdgeMirror.Deployer.Config;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Deployer.Tests;

/// <summary>wrangler.toml edits through Tomlyn's syntax tree (in-process).</summary>
public sealed class WranglerConfigTests
{
    private static readonly string Repository = File.ReadAllText(Path.Combine(RepoPaths.Root, "wrangler.toml"));

    [Fact]
    public void Setting_a_custom_domain_adds_routes_and_keeps_every_comment_and_value()
    {
        var config = WranglerConfig.Parse(Repository);

        config.SetCustomDomains(["hub.example.com"]);
        var text = config.ToText();

        foreach (var comment in Repository.Split('\n').Where(l => l.TrimStart().StartsWith('#')))
            Assert.Contains(comment, text);
        var reread = WranglerConfig.Parse(text);
        Assert.Equal([new WorkerRoute("hub.example.com", true)], reread.Routes);
        Assert.Equal(WranglerConfig.Parse(Repository).Vars, reread.Vars);
        Assert.Equal("edgemirror", reread.Name);
        // Top-level keys must stay above [vars], or TOML would put them inside it.
        Assert.True(text.IndexOf("routes =", StringComparison.Ordinal) < text.IndexOf("[vars]", StringComparison.Ordinal));
    }

    [Fact]
    public void Replacing_custom_domains_keeps_zone_routes_and_rewrites_in_place()
    {
        var config = WranglerConfig.Parse("""
            name = "edgemirror"
            # routes: one zone route and one domain
            routes = [ "example.com/mirror/*", { pattern = "old.example.com", custom_domain = true } ]
            workers_dev = true

            [vars]
            UPSTREAM = "https://registry-1.docker.io"
            """);

        config.SetCustomDomains(["new.example.com", "NEW.example.com"]);
        config.SetWorkersDev(false);

        Assert.Equal([new WorkerRoute("example.com/mirror/*", false), new WorkerRoute("new.example.com", true)], config.Routes);
        Assert.False(config.WorkersDev);
        var text = config.ToText();
        Assert.Contains("# routes: one zone route and one domain\nroutes = [", text.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("old.example.com", text);
        Assert.Single(text.Split('\n'), l => l.StartsWith("workers_dev"));
    }

    [Fact]
    public void Removing_the_last_custom_domain_removes_the_routes_key()
    {
        var config = WranglerConfig.Parse("name = \"x\"\nroutes = [{ pattern = \"a.example.com\", custom_domain = true }]\n");

        config.SetCustomDomains([]);

        Assert.DoesNotContain("routes", config.ToText());
        Assert.Empty(config.Routes);
    }

    [Fact]
    public void Invalid_toml_is_reported_with_what_to_fix()
    {
        var error = Assert.Throws<EdgeMirror.Deployer.CommandLine.DeployerException>(() => WranglerConfig.Parse("name = \"unterminated\n"));
        Assert.Equal(EdgeMirror.Deployer.CommandLine.ExitCode.Configuration, error.ExitCode);
        Assert.Contains("wrangler.toml", error.Fix);
    }

    [Theory]
    [InlineData("hub.example.com", "hub.example.com")]
    [InlineData("Hub.Example.COM.", "hub.example.com")]
    public void Hostnames_are_normalized(string input, string expected) => Assert.Equal(expected, Hostname.Normalize(input));

    [Theory]
    [InlineData("https://hub.example.com")]
    [InlineData("hub.example.com/v2")]
    [InlineData("*.example.com")]
    [InlineData("localhost")]
    public void Things_that_are_not_hostnames_are_rejected(string input) =>
        Assert.Throws<EdgeMirror.Deployer.CommandLine.DeployerException>(() => Hostname.Normalize(input));

    [Theory]
    [InlineData("UPSTREAM=http://127.0.0.1:5000", "UPSTREAM", "http://127.0.0.1:5000")]
    [InlineData("REGISTRIES={\"a\":\"b=c\"}", "REGISTRIES", "{\"a\":\"b=c\"}")]
    [InlineData("EMPTY=", "EMPTY", "")]
    public void Var_assignments_split_at_the_first_equals_sign(string text, string key, string value)
    {
        Assert.True(VarAssignment.TryParse(text, out var parsed));
        Assert.Equal(new VarAssignment(key, value), parsed);
    }

    [Theory]
    [InlineData("=value")]
    [InlineData("NO_EQUALS")]
    [InlineData("1BAD=x")]
    public void Malformed_var_assignments_are_rejected(string text) => Assert.False(VarAssignment.TryParse(text, out _));
}
