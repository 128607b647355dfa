using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Linker;

namespace EdgeMirror.Compiler.Passes.TreeShaking;

/// <summary>What a program can reach, found from its roots (statements that run at load, <c>export default</c>,
/// the entry point) in the style of rapid type analysis, with names standing in for symbols: a class is reached
/// when a reached piece of code names it; a member of a reached class when any reached code names a member
/// so (which keeps every override and interface implementation of a reached virtual call); the runtime code
/// the program links joins in, because it calls members by name too (<c>Equals</c>, <c>CompareTo</c>,
/// <c>Dispose</c>, <c>$clone</c>…).</summary>
internal sealed class Reachability
{
    private readonly CodeWords words;
    private readonly RuntimeLibrary runtime;
    private readonly IReadOnlyList<ProgramPart> parts;
    private readonly HashSet<string> live = new(RuntimeClassLayout.CalledByJavaScript, StringComparer.Ordinal);
    private readonly HashSet<string> tested = new(RuntimeClassLayout.CalledByJavaScript, StringComparer.Ordinal);
    private readonly HashSet<string> keptTopLevel = new(StringComparer.Ordinal);
    private readonly HashSet<JsClassMember> keptMembers = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> wholeClasses = new(StringComparer.Ordinal);
    private readonly HashSet<string> values = new(StringComparer.Ordinal);

    private Reachability(JsModule module, CodeWords words, RuntimeLibrary runtime)
    {
        this.words = words;
        this.runtime = runtime;
        parts = module.Body.Select((statement, index) => ProgramPart.Of(index, statement)).ToList();
        Declared = parts.SelectMany(p => p switch
        {
            ClassPart c => [c.Name],
            DeclarationPart d => d.Names,
            _ => [],
        }).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<ProgramPart> Parts => parts;

    /// <summary>Names the program declares at the top level (classes, enum objects, functions).</summary>
    public IReadOnlySet<string> Declared { get; }

    /// <summary>Every word reached code mentions, the linked runtime's included.</summary>
    public IReadOnlySet<string> Live => live;

    /// <summary>The words of reached code not counting <c>$implement</c> lists: an interface named here is tested
    /// (<c>is</c>, <c>as</c>, casts, <c>catch</c>) or used otherwise.</summary>
    public IReadOnlySet<string> Tested => tested;

    /// <summary>Names reached code uses as values (instantiated, passed, tested, extended): see <see cref="CodeWords.Mentions"/>.</summary>
    public IReadOnlySet<string> UsedAsValues => values;

    public bool Keeps(string topLevelName) => keptTopLevel.Contains(topLevelName);

    public bool Keeps(JsClassMember member) => keptMembers.Contains(member);

    public static Reachability Of(JsModule module, CodeWords words, RuntimeLibrary runtime)
    {
        var reach = new Reachability(module, words, runtime);
        reach.Run(module);
        return reach;
    }

    private void Run(JsModule module)
    {
        foreach (var root in parts.OfType<RootPart>()) Add(words.Of(root.Statement));
        if (module.ExportDefault is not null) Add(words.Of(module.ExportDefault));
        if (module.EntryPoint is not null) Add(words.Of(module.EntryPoint));
        foreach (var import in module.Imports) Add([import.Local]); // imports stay: loading a module may have effects

        while (true)
        {
            while (ReachProgram()) { }
            var runtimeWords = runtime.WordsOfSelection(live.Where(runtime.Declares).ToList(), live);
            if (runtimeWords.All(live.Contains)) break;
            live.UnionWith(runtimeWords);
        }
        // What the runtime tests is counted from the runtime that tested code alone links: the interface objects
        // that interface lists name must not count as tests of themselves.
        tested.UnionWith(runtime.WordsOfSelection(tested.Where(runtime.Declares).ToList(), tested));
    }

    /// <summary>One sweep over the program; true when it reached something new.</summary>
    private bool ReachProgram()
    {
        var progress = false;
        foreach (var part in parts)
        {
            switch (part)
            {
                case ClassPart c when !keptTopLevel.Contains(c.Name) && live.Contains(c.Name):
                    keptTopLevel.Add(c.Name);
                    if (c.Class.Extends is not null) Add(words.Of(c.Class.Extends));
                    foreach (var describer in parts.OfType<DescriberPart>().Where(d => d.Target == c.Name)) AddDescriber(describer);
                    progress = true;
                    break;
                case DeclarationPart d when !d.Names.Any(keptTopLevel.Contains) && d.Names.Any(live.Contains):
                    foreach (var name in d.Names) keptTopLevel.Add(name);
                    Add(words.Of(d.Statement));
                    progress = true;
                    break;
            }
        }
        foreach (var c in parts.OfType<ClassPart>().Where(c => keptTopLevel.Contains(c.Name)))
        {
            foreach (var member in c.Class.Members)
            {
                if (keptMembers.Contains(member) || !IsReached(c, member)) continue;
                keptMembers.Add(member);
                Add(words.Of(member));
                progress = true;
            }
        }
        return progress;
    }

    private void AddDescriber(DescriberPart describer)
    {
        if (!describer.IsInterfaceList)
        {
            Add(words.Of(describer.Call with { Arguments = describer.Call.Arguments.Skip(1).ToList() }));
            return;
        }
        foreach (var iface in describer.Interfaces)
        {
            // An interface the program does not declare is the host's ([External]): the host calls its members by name.
            if (!IsProgramOrRuntimeType(iface)) wholeClasses.Add(describer.Target);
            var mentions = words.Of(iface);
            live.UnionWith(mentions.Words);
            values.UnionWith(mentions.Values);
        }
    }

    private bool IsProgramOrRuntimeType(JsExpression type) => type switch
    {
        JsRuntimeRef => true,
        JsIdentifier id => Declared.Contains(id.Name),
        _ => false,
    };

    private bool IsReached(ClassPart c, JsClassMember member)
    {
        if (wholeClasses.Contains(c.Name)) return true;
        switch (member)
        {
            case JsClassField { IsStatic: true, Computed: false, Value: null or JsLiteral } field:
                // A static field holding a constant is only observable through its name (metadata such as $name included).
                return MemberName(field.Key) is not { } fieldName || live.Contains(fieldName);
            case JsClassField or JsStaticBlock:
                return true; // instance fields shape every object; static initializers may have effects
            case JsClassMethod method:
                return method.Computed || MemberName(method.Key) is not { } name || live.Contains(name);
            default:
                return true;
        }
    }

    public static string? MemberName(JsExpression key) => key switch
    {
        JsIdentifier id => id.Name,
        JsStringLiteral s => s.Value,
        _ => null,
    };

    private void Add(CodeWords.Mentions mentioned)
    {
        Add(mentioned.Words);
        values.UnionWith(mentioned.Values);
    }

    private void Add(IEnumerable<string> mentioned)
    {
        foreach (var word in mentioned)
        {
            live.Add(word);
            tested.Add(word);
        }
    }
}
