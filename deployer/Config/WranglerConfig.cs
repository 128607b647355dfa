using EdgeMirror.Deployer.CommandLine;
using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace EdgeMirror.Deployer.Config;

/// <summary>wrangler.toml, the one configuration of the Worker. Values are read through Tomlyn's
/// model; changes are made on its syntax tree so comments and layout survive a rewrite.</summary>
public sealed class WranglerConfig
{
    private readonly DocumentSyntax _document;
    private TomlTable _model;

    private WranglerConfig(string path, DocumentSyntax document, TomlTable model)
    {
        FilePath = path;
        _document = document;
        _model = model;
    }

    public string FilePath { get; }

    public static WranglerConfig Load(string path)
    {
        if (!File.Exists(path))
            throw new DeployerException(ExitCode.Configuration, $"{path} does not exist.",
                "Run the deployer from the EdgeMirror checkout, which has wrangler.toml at its root.");
        return Parse(File.ReadAllText(path), path);
    }

    public static WranglerConfig Parse(string text, string path = "wrangler.toml")
    {
        var document = SyntaxParser.Parse(text, path, true);
        if (document.HasErrors)
            throw new DeployerException(ExitCode.Configuration,
                $"{path} is not valid TOML: {string.Join("; ", document.Diagnostics.Select(d => d.ToString()))}",
                $"Fix {Path.GetFileName(path)} (see the message above), then run the command again.");
        return new WranglerConfig(path, document, ReadModel(text, path));
    }

    public string? Name => _model.TryGetValue("name", out var v) ? v as string : null;

    public string? Main => _model.TryGetValue("main", out var v) ? v as string : null;

    public string? CompatibilityDate => _model.TryGetValue("compatibility_date", out var v) ? v?.ToString() : null;

    /// <summary>wrangler's own default is true when the key is absent.</summary>
    public bool WorkersDev => !_model.TryGetValue("workers_dev", out var v) || v is true;

    public IReadOnlyDictionary<string, string> Vars =>
        _model.TryGetValue("vars", out var v) && v is TomlTable vars
            ? vars.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? "")
            : new Dictionary<string, string>();

    public IReadOnlyList<WorkerRoute> Routes
    {
        get
        {
            if (!_model.TryGetValue("routes", out var v) || v is not TomlArray routes) return [];
            return routes.Select(item => item switch
            {
                string pattern => new WorkerRoute(pattern, false),
                TomlTable table => new WorkerRoute(table.TryGetValue("pattern", out var p) ? p?.ToString() ?? "" : "",
                    table.TryGetValue("custom_domain", out var c) && c is true),
                _ => null,
            }).OfType<WorkerRoute>().ToArray();
        }
    }

    public IReadOnlyList<string> CustomDomains => Routes.Where(r => r.CustomDomain).Select(r => r.Pattern).ToArray();

    /// <summary>Replaces the custom-domain routes with <paramref name="hosts"/>; zone routes stay.</summary>
    public void SetCustomDomains(IEnumerable<string> hosts)
    {
        var routes = Routes.Where(r => !r.CustomDomain)
            .Concat(hosts.Distinct(StringComparer.OrdinalIgnoreCase).Select(h => new WorkerRoute(h, true)))
            .ToArray();
        var items = routes.Select(r => r.CustomDomain
            ? $"{{ pattern = {Quote(r.Pattern)}, custom_domain = true }}"
            : Quote(r.Pattern));
        SetRootValue("routes", routes.Length == 0 ? null : "[" + string.Join(", ", items) + "]");
    }

    public void SetWorkersDev(bool enabled) => SetRootValue("workers_dev", enabled ? "true" : "false");

    public string ToText() => _document.ToString();

    public void Save() => File.WriteAllText(FilePath, ToText());

    /// <summary>Sets (or removes, for null) a top-level key, in place if it exists, else after the
    /// last top-level key, so it stays above the first [table].</summary>
    private void SetRootValue(string key, string? tomlValue)
    {
        var keyValues = _document.KeyValues;
        var existing = keyValues.FirstOrDefault(kv => KeyName(kv) == key);
        if (tomlValue is null)
        {
            if (existing is not null) keyValues.RemoveChild(existing);
        }
        else
        {
            // Let Tomlyn build the node from text: its parser gets tokens, trivia and escapes right.
            var snippet = SyntaxParser.Parse($"{key} = {tomlValue}\n", "generated", true);
            var replacement = snippet.KeyValues.GetChild(0)!;
            snippet.KeyValues.RemoveChild(replacement);
            if (existing is not null)
            {
                replacement.LeadingTrivia = existing.LeadingTrivia;
                var index = IndexOf(keyValues, existing);
                keyValues.RemoveChildAt(index);
                InsertAt(keyValues, index, replacement);
            }
            else
            {
                keyValues.Add(replacement);
            }
        }
        _model = ReadModel(ToText(), FilePath);
    }

    private static string KeyName(KeyValueSyntax kv) => kv.Key?.ToString().Trim() ?? "";

    private static int IndexOf(SyntaxList<KeyValueSyntax> list, KeyValueSyntax node)
    {
        for (var i = 0; i < list.ChildrenCount; i++)
            if (ReferenceEquals(list.GetChild(i), node)) return i;
        return -1;
    }

    private static void InsertAt(SyntaxList<KeyValueSyntax> list, int index, KeyValueSyntax node)
    {
        // SyntaxList has no Insert: move the tail out, append, put the tail back.
        var tail = new List<KeyValueSyntax>();
        while (list.ChildrenCount > index)
        {
            var child = list.GetChild(index)!;
            list.RemoveChildAt(index);
            tail.Add(child);
        }
        list.Add(node);
        foreach (var child in tail) list.Add(child);
    }

    private static string Quote(string value) => new StringValueSyntax(value).ToString().Trim();

    private static TomlTable ReadModel(string text, string path)
    {
        try
        {
            return TomlSerializer.Deserialize<TomlTable>(text) ?? new TomlTable();
        }
        catch (TomlException e)
        {
            throw new DeployerException(ExitCode.Configuration, $"{path} could not be read: {e.Message}",
                $"Fix {Path.GetFileName(path)}, then run the command again.", e);
        }
    }
}
