using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.Temporaries;

/// <summary>Turns the lowering's <see cref="JsTemp"/> nodes into variables: each temporary is declared
/// once (<c>let $t0, $t1;</c> at the top) in the innermost function that contains every use of it,
/// named <c>$t0</c>, <c>$t1</c>… in order of first use per function, and dropped when nothing reads it
/// (<c>$t = f()</c> becomes <c>f()</c>).</summary>
public static class TemporariesPass
{
    public static JsModule Run(JsModule module)
    {
        var usage = TempUsage.Of(module);
        if (usage.Temps.Count == 0) return module;
        var names = AssignNames(usage);
        var rewriter = new Rewriter(usage, names);
        var rewritten = rewriter.RewriteModule(module);
        var moduleTemps = rewriter.DeclaredIn(null);
        return moduleTemps.Count == 0 ? rewritten : rewritten with { Body = Declare(rewritten.Body, moduleTemps) };
    }

    /// <summary>Names per declaring scope: outer scopes first, so an inner function never reuses the
    /// name of an outer temporary it might see; a <c>$tN</c> the lowering bound itself is skipped.</summary>
    private static Dictionary<int, string> AssignNames(TempUsage usage)
    {
        var names = new Dictionary<int, string>();
        var namesInScope = new Dictionary<JsNode, HashSet<string>>(ReferenceEqualityComparer.Instance);
        var moduleNames = new HashSet<string>(StringComparer.Ordinal);
        var ordered = usage.Temps.Values.OrderBy(t => t.Scope.Count).ThenBy(t => t.FirstSeen);
        foreach (var temp in ordered)
        {
            var taken = new HashSet<string>(usage.ReservedNames, StringComparer.Ordinal);
            taken.UnionWith(moduleNames);
            foreach (var scope in temp.Scope)
                if (namesInScope.TryGetValue(scope, out var outer)) taken.UnionWith(outer);
            var k = 0;
            while (taken.Contains("$t" + k)) k++;
            var name = "$t" + k;
            names[temp.Id] = name;
            if (temp.Scope.Count == 0) moduleNames.Add(name);
            else
            {
                var own = temp.Scope[^1];
                if (!namesInScope.TryGetValue(own, out var set)) namesInScope[own] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(name);
            }
        }
        return names;
    }

    /// <summary>Puts the temporaries' names into a leading <c>let</c> without initializers, or a new one.</summary>
    private static IReadOnlyList<JsStatement> Declare(IReadOnlyList<JsStatement> body, IReadOnlyList<string> temps)
    {
        var declarators = temps.Select(n => new JsVariableDeclarator(n)).ToList();
        if (body is [JsVariableDeclaration { Kind: "let" } first, ..] && first.Declarators.All(d => d.Init is null))
            return [first with { Declarators = [.. declarators, .. first.Declarators] }, .. body.Skip(1)];
        return [new JsVariableDeclaration("let", declarators), .. body];
    }

    private sealed class Rewriter(TempUsage usage, IReadOnlyDictionary<int, string> names) : JsRewriter
    {
        // the names each function declares, in order of first use (temporaries nobody reads are not declared)
        private readonly Dictionary<JsNode, List<string>> declared = ByScope(usage, names);
        private readonly List<string> moduleLevel = [];

        private static Dictionary<JsNode, List<string>> ByScope(TempUsage usage, IReadOnlyDictionary<int, string> names)
        {
            var result = new Dictionary<JsNode, List<string>>(ReferenceEqualityComparer.Instance);
            foreach (var t in usage.Temps.Values.Where(t => t.Scope.Count > 0 && t.IsRead).OrderBy(t => t.FirstSeen))
            {
                if (!result.TryGetValue(t.Scope[^1], out var list)) result[t.Scope[^1]] = list = [];
                list.Add(names[t.Id]);
            }
            return result;
        }

        public IReadOnlyList<string> DeclaredIn(JsNode? scope) =>
            scope is null ? moduleLevel : declared.TryGetValue(scope, out var list) ? list : [];

        protected override JsNode LeaveFunction(JsNode function, JsNode body)
        {
            if (!declared.TryGetValue(function, out var temps)) return body;
            return body switch
            {
                // a body that is one try (every async body) declares them inside it, so the printer can
                // open the try on the function's brace line; only if catch and finally never read them
                JsBlock { Statements: [JsTry only] } block when !IdentifiersRead.AnyIn(only.Handler, temps) && !IdentifiersRead.AnyIn(only.Finalizer, temps) =>
                    block with { Statements = [only with { Block = only.Block with { Statements = Declare(only.Block.Statements, temps) } }] },
                JsBlock block => block with { Statements = Declare(block.Statements, temps) },
                // an expression-bodied arrow that needs a temporary gets a block body
                JsExpression e => new JsBlock(Declare([new JsReturn(e) { Location = e.Location }], temps)),
                _ => body,
            };
        }

        public override JsModule RewriteModule(JsModule module)
        {
            moduleLevel.AddRange(usage.Temps.Values.Where(t => t.Scope.Count == 0 && t.IsRead).OrderBy(t => t.FirstSeen).Select(t => names[t.Id]));
            return base.RewriteModule(module);
        }

        public override JsExpression Rewrite(JsExpression expression)
        {
            switch (expression)
            {
                case JsTemp temp:
                    return new JsIdentifier(names[temp.Id]) { Location = temp.Location };
                case JsAssign { Operator: "=", Target: JsTemp target } assign when !usage.Temps[target.Id].IsRead:
                    return Rewrite(assign.Value);
                case JsSequence sequence:
                {
                    // the store of a temporary nobody reads goes, and with it a value that has no effect
                    var kept = new List<JsExpression>(sequence.Expressions.Count);
                    for (var i = 0; i < sequence.Expressions.Count; i++)
                    {
                        var e = sequence.Expressions[i];
                        if (i < sequence.Expressions.Count - 1 && e is JsAssign { Operator: "=", Target: JsTemp t, Value: var v }
                            && !usage.Temps[t.Id].IsRead && IsPure(v)) continue;
                        kept.Add(Rewrite(e));
                    }
                    if (kept.Count == 1) return kept[0];
                    return kept.Count == sequence.Expressions.Count && kept.Zip(sequence.Expressions).All(p => ReferenceEquals(p.First, p.Second))
                        ? sequence : sequence with { Expressions = kept };
                }
                default:
                    return base.Rewrite(expression);
            }
        }

        private static bool IsPure(JsExpression e) => e is JsIdentifier or JsLiteral or JsThis or JsRuntimeRef;
    }
}
