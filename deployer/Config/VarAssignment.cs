using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace EdgeMirror.Deployer.Config;

/// <summary>KEY=VALUE from the command line (the value may itself hold '=' or JSON).</summary>
public sealed partial record VarAssignment(string Key, string Value)
{
    public static bool TryParse(string text, [NotNullWhen(true)] out VarAssignment? assignment)
    {
        assignment = null;
        var eq = text.IndexOf('=');
        if (eq <= 0 || !KeyPattern().IsMatch(text[..eq])) return false;
        assignment = new VarAssignment(text[..eq], text[(eq + 1)..]);
        return true;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex KeyPattern();
}
