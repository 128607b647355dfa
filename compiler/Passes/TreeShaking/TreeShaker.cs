using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Linker;

namespace EdgeMirror.Compiler.Passes.TreeShaking;

/// <summary>Leaves out what the program cannot reach (see <see cref="Reachability"/>): classes nothing names,
/// methods and accessors no reached code names, constant static fields nobody reads (<c>$name</c>-style
/// metadata included), class descriptions (<c>$record</c>, <c>$struct</c>, <c>$implement</c>) of classes that
/// are gone, interfaces nobody can observe, and <c>$types</c> name tables when nothing reads a type's name.
/// The linker then inlines only the runtime the rest uses.</summary>
public static class TreeShaker
{
    public static JsModule Run(JsModule module) => Run(module, RuntimeLibrary.Embedded);

    public static JsModule Run(JsModule module, RuntimeLibrary runtime)
    {
        var words = new CodeWords(runtime);
        var first = Reachability.Of(module, words, runtime);
        var narrowed = InterfaceLists.Narrow(module, first);
        var reach = ReferenceEquals(narrowed, module) ? first : Reachability.Of(narrowed, words, runtime);
        return module with { Body = Rebuild(reach) };
    }

    private static List<JsStatement> Rebuild(Reachability reach)
    {
        var readsTypeNames = reach.Live.Contains("$name") || reach.Live.Contains("$fullName");
        var body = new List<JsStatement>();
        foreach (var part in reach.Parts)
        {
            switch (part)
            {
                case ClassPart c when reach.Keeps(c.Name):
                    var members = c.Class.Members.Where(reach.Keeps).ToList();
                    body.Add(members.Count == c.Class.Members.Count ? c.Declaration : c.Declaration with { Class = c.Class with { Members = members } });
                    break;
                case DeclarationPart d when d.Names.Any(reach.Keeps):
                    body.Add(d.Statement);
                    break;
                case DescriberPart d when reach.Keeps(d.Target):
                    body.Add(d.Statement);
                    break;
                case TypeNamesPart t when readsTypeNames:
                    var call = (JsCall)((JsExpressionStatement)t.Statement).Expression;
                    // A class only used for its static members (a C# static class, say) has no name anyone can ask.
                    var classes = call.Arguments.Skip(1).Where(a => a is JsIdentifier id && reach.Keeps(id.Name) && reach.UsedAsValues.Contains(id.Name)).ToList();
                    if (classes.Count > 0) body.Add(new JsExpressionStatement(call with { Arguments = [call.Arguments[0], .. classes] }) { Location = t.Statement.Location });
                    break;
                case RootPart r:
                    body.Add(r.Statement);
                    break;
            }
        }
        return body;
    }
}
