using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Support;

/// <summary>A constant pattern (or options) handed to Regex that uses what JavaScript's RegExp cannot express
/// (the runtime's translator would throw NotSupportedException when it runs): reported at compile time.</summary>
public static class RegexPatterns
{
    private const int RightToLeft = 64;

    public static string? UnsupportedConstruct(ArgumentSyntax argument, SemanticModel model)
    {
        if (model.GetOperation(argument) is not IArgumentOperation { Parameter: { } parameter } op) return null;
        if (parameter.ContainingSymbol is not IMethodSymbol { ContainingType: { } owner } || owner.ToDisplayString() != "System.Text.RegularExpressions.Regex")
            return null;
        var constant = op.Value.ConstantValue;
        if (!constant.HasValue) return null;
        return parameter.Name switch
        {
            "pattern" when constant.Value is string pattern && Construct(pattern) is { } what => $"the regular expression uses {what}, which JavaScript's RegExp cannot express",
            "options" when constant.Value is int options && (options & RightToLeft) != 0 => "RegexOptions.RightToLeft is not supported in JavaScript",
            _ => null,
        };
    }

    /// <summary>The first construct of a .NET pattern that has no JavaScript translation, or null.</summary>
    public static string? Construct(string pattern)
    {
        var inClass = false;
        var groupNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (!inClass && i + 1 < pattern.Length && pattern[i + 1] == 'G') return "\\G";
                i++;
                continue;
            }
            if (inClass)
            {
                if (c == '-' && i + 1 < pattern.Length && pattern[i + 1] == '[') return "character class subtraction";
                if (c == ']') inClass = false;
                continue;
            }
            if (c == '[')
            {
                inClass = true;
                // a ] first in the class (after an optional ^) is a literal
                if (i + 1 < pattern.Length && pattern[i + 1] == '^') i++;
                if (i + 1 < pattern.Length && pattern[i + 1] == ']') i++;
                continue;
            }
            if (c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?')
            {
                var rest = pattern[(i + 2)..];
                if (rest.StartsWith('(')) return "a conditional group (?(...)...)";
                if (Regex.IsMatch(rest, @"^[<']\w*-")) return "a balancing group";
                // (?<name>…) twice: .NET keeps both under one name, JavaScript refuses the pattern
                if (Regex.Match(rest, @"^(?:<(?<n>\w+)>|'(?<n>\w+)')") is { Success: true } named && !groupNames.Add(named.Groups["n"].Value))
                    return $"the group name '{named.Groups["n"].Value}' twice";
            }
        }
        return null;
    }
}
