using System.Text.RegularExpressions;
using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.Temporaries;

/// <summary>Where every temporary occurs: the chain of functions around all its uses (their common
/// prefix: the last one declares it) and whether anything reads it.</summary>
internal sealed partial class TempUsage : JsRewriter
{
    public sealed class Temp(int id, IReadOnlyList<JsNode> scope, int firstSeen)
    {
        public int Id { get; } = id;
        public IReadOnlyList<JsNode> Scope { get; set; } = scope;
        public int FirstSeen { get; } = firstSeen;
        public bool IsRead { get; set; }
    }

    private readonly List<JsNode> functions = [];
    private int order;

    public Dictionary<int, Temp> Temps { get; } = [];
    public HashSet<string> ReservedNames { get; } = new(StringComparer.Ordinal);

    [GeneratedRegex(@"^\$t\d+$")]
    private static partial Regex TempLikeName();

    public static TempUsage Of(JsModule module)
    {
        var usage = new TempUsage();
        usage.RewriteModule(module);
        return usage;
    }

    protected override void EnterFunction(JsNode function) => functions.Add(function);

    protected override JsNode LeaveFunction(JsNode function, JsNode body)
    {
        functions.RemoveAt(functions.Count - 1);
        return body;
    }

    public override JsStatement Rewrite(JsStatement statement)
    {
        switch (statement)
        {
            case JsVariableDeclaration d:
                foreach (var v in d.Declarators) Reserve(v.Name);
                break;
            case JsForOf f: Reserve(f.Name); break;
            case JsForIn f: Reserve(f.Name); break;
            case JsTry { CatchParameter: { } p }: Reserve(p); break;
        }
        return base.Rewrite(statement);
    }

    public override JsExpression Rewrite(JsExpression expression)
    {
        switch (expression)
        {
            case JsTemp temp:
                See(temp, read: true);
                return expression;
            case JsAssign { Operator: "=", Target: JsTemp target } assign:
                See(target, read: false);
                Rewrite(assign.Value);
                return expression;
            case JsIdentifier id:
                Reserve(id.Name);
                return expression;
            default:
                return base.Rewrite(expression);
        }
    }

    private void Reserve(string name)
    {
        if (TempLikeName().IsMatch(name)) ReservedNames.Add(name);
    }

    private void See(JsTemp temp, bool read)
    {
        if (!Temps.TryGetValue(temp.Id, out var info))
            Temps[temp.Id] = info = new Temp(temp.Id, functions.ToList(), order++);
        else info.Scope = CommonPrefix(info.Scope, functions);
        info.IsRead |= read;
    }

    private static IReadOnlyList<JsNode> CommonPrefix(IReadOnlyList<JsNode> a, IReadOnlyList<JsNode> b)
    {
        var n = 0;
        while (n < a.Count && n < b.Count && ReferenceEquals(a[n], b[n])) n++;
        return n == a.Count ? a : a.Take(n).ToList();
    }
}
