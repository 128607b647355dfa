using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.TreeShaking;

/// <summary>Narrows each <c>$implement(C, [interfaces])</c> to the interfaces something can observe: one the
/// reached code tests or otherwise names, one with default members to copy into C, one whose own list leads to
/// such an interface, and the host's ([External]) ones. Records implement <c>IEquatable&lt;R&gt;</c>; a program
/// that never asks <c>is IEquatable&lt;R&gt;</c> does not need the list, nor the runtime's interface object.</summary>
internal static class InterfaceLists
{
    public static JsModule Narrow(JsModule module, Reachability reach)
    {
        var classes = reach.Parts.OfType<ClassPart>().ToDictionary(c => c.Name, StringComparer.Ordinal);
        var lists = reach.Parts.OfType<DescriberPart>().Where(d => d.IsInterfaceList)
            .GroupBy(d => d.Target, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.SelectMany(d => d.Interfaces).ToList(), StringComparer.Ordinal);
        var needed = new Dictionary<string, bool>(StringComparer.Ordinal);

        bool IsNeeded(JsExpression iface) => iface switch
        {
            JsRuntimeRef r => reach.Tested.Contains(r.Name),
            JsIdentifier id when classes.TryGetValue(id.Name, out var c) => IsNeededClass(c),
            _ => true, // the host's: leave it alone
        };

        bool IsNeededClass(ClassPart c)
        {
            if (needed.TryGetValue(c.Name, out var known)) return known;
            needed[c.Name] = false; // a cycle adds nothing
            var result = reach.Tested.Contains(c.Name)
                || c.Class.Members.Any(m => m is JsClassMethod && reach.Keeps(m))
                || lists.TryGetValue(c.Name, out var own) && own.Any(IsNeeded);
            needed[c.Name] = result;
            return result;
        }

        var changed = false;
        var body = new List<JsStatement>(module.Body.Count);
        foreach (var part in reach.Parts)
        {
            if (part is DescriberPart { IsInterfaceList: true } d && reach.Keeps(d.Target))
            {
                var kept = d.Interfaces.Where(IsNeeded).ToList();
                if (kept.Count != d.Interfaces.Count)
                {
                    changed = true;
                    if (kept.Count == 0) continue;
                    var call = d.Call with { Arguments = [d.Call.Arguments[0], new JsArrayLiteral(kept), .. d.Call.Arguments.Skip(2)] };
                    body.Add(new JsExpressionStatement(call) { Location = d.Statement.Location });
                    continue;
                }
            }
            body.Add(part.Statement);
        }
        return changed ? module with { Body = body } : module;
    }
}
