using System.Reflection;

namespace EdgeMirror.Compiler.Linker;

/// <summary>The runtime helper modules embedded in the compiler (<c>runtime/*.mjs</c>), indexed by the
/// <c>$names</c> they declare. Loaded once per process.</summary>
public sealed class RuntimeLibrary
{
    private const string ResourcePrefix = "runtime/";
    private readonly Dictionary<string, RuntimeModule> _byFile;
    private readonly Dictionary<string, RuntimeModule> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<RuntimeChunk>> _chunks = new(StringComparer.Ordinal);
    private readonly Dictionary<RuntimeChunk, RuntimeClassLayout?> _layouts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(RuntimeChunk, string), RuntimeChunk> _trimmed = new();
    private readonly Lock _cacheLock = new();
    private readonly Dictionary<string, IReadOnlyList<string>> _subclasses;
    private readonly Dictionary<string, string[]> _codeUseWords = new(StringComparer.Ordinal);

    public static RuntimeLibrary Embedded { get; } = LoadEmbedded();

    public RuntimeLibrary(IEnumerable<RuntimeModule> modules)
    {
        _byFile = WithUniquePrivateNames(modules.ToArray()).ToDictionary(m => m.FileName, StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (var module in _byFile.Values.OrderBy(m => m.FileName, StringComparer.Ordinal))
            foreach (var name in module.Declares)
                if (!_byName.TryAdd(name, module)) duplicates.Add($"{name} ({_byName[name].FileName}, {module.FileName})");
        Duplicates = duplicates;
        foreach (var module in _byFile.Values) _chunks[module.FileName] = RuntimeChunk.Split(module.Code);
        _subclasses = BuildSubclasses();
    }

    /// <summary>The top-level statements of a module, in source order.</summary>
    public IReadOnlyList<RuntimeChunk> ChunksOf(RuntimeModule module) => _chunks[module.FileName];

    /// <summary>The runtime code a program needs: the top-level statements declaring <paramref name="names"/>
    /// and, transitively, every <c>$name</c> their code mentions, plus statements that only act on what is
    /// kept (e.g. <c>$X.prototype.y = …</c>). Grouped by module, modules after those they import, statements
    /// in source order.</summary>
    /// <remarks>With <paramref name="programText"/>, runtime classes keep only the methods whose names the
    /// program or the kept runtime code mentions (as any word, strings included: a name that is only ever
    /// built at run time would be missed, which the runtime does not do).</remarks>
    public IReadOnlyList<(RuntimeModule Module, string Code)> Select(IEnumerable<string> names, ICollection<string>? missingImports, string? programText)
    {
        if (programText is null) return Select(names.ToList(), missingImports);
        return Select(names, missingImports, UseWords(programText, new HashSet<string>(StringComparer.Ordinal)));
    }

    /// <summary>Every word (identifier, property name or word inside a string) of the runtime code a program
    /// with these runtime references and these words would get linked: what the runtime may call on the
    /// program's objects. The tree shaker keeps program members these words name.</summary>
    public IReadOnlySet<string> WordsOfSelection(IEnumerable<string> names, IReadOnlySet<string> programWords)
    {
        // Plain words say nothing of how a member was reached: count each as an unqualified use (keeps every static member so named).
        var uses = new HashSet<string>(programWords, StringComparer.Ordinal);
        uses.UnionWith(programWords.Select(w => Unqualified + w));
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, code) in Select(names, null, uses)) Words(code, words);
        return words;
    }

    /// <summary>The words of JavaScript text, as the linker and the tree shaker count uses: any identifier-like run.</summary>
    public static HashSet<string> WordsOf(string text, HashSet<string> into) => Words(text, into);

    private IReadOnlyList<(RuntimeModule Module, string Code)> Select(IEnumerable<string> names, ICollection<string>? missingImports, HashSet<string> words)
    {
        var roots = names.ToList();
        while (true)
        {
            var missing = new List<string>();
            var result = SelectCore(roots, missing, words);
            // Kept runtime code names the methods it calls in code, never in its messages' text.
            var grown = new HashSet<string>(words, StringComparer.Ordinal);
            foreach (var (_, code) in result) grown.UnionWith(CodeUseWords(code));
            if (grown.Count == words.Count)
            {
                foreach (var m in missing) missingImports?.Add(m);
                return result;
            }
            words = grown;
        }
    }

    private static readonly System.Text.RegularExpressions.Regex Word = new(@"[A-Za-z_$][\w$]*", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static HashSet<string> Words(string text, HashSet<string> into)
    {
        foreach (System.Text.RegularExpressions.ValueMatch m in Word.EnumerateMatches(text)) into.Add(text.Substring(m.Index, m.Length));
        return into;
    }

    // A member access: `recv.member` with a plain binding as the receiver (nothing before it but a non-name
    // character), else `.member` after any other expression.
    private static readonly System.Text.RegularExpressions.Regex MemberAccess = new(
        @"(?<![\w$.])(?<recv>[A-Za-z_$][\w$]*)[ \t]*\??\.[ \t]*(?<member>[A-Za-z_$][\w$]*)|\??\.[ \t]*(?<member>[A-Za-z_$][\w$]*)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A class the program declares at the top level (the printer writes them at column 0).
    private static readonly System.Text.RegularExpressions.Regex ProgramClass = new(
        @"^class[ \t]+(?<name>[A-Za-z_][\w$]*)", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Marks a member reached in a way the linker cannot attribute to one class (<c>#name</c>: no identifier holds '#').</summary>
    private const string Unqualified = "#";

    /// <summary>The words of <paramref name="text"/> (see <see cref="Words"/>) and how members are reached:
    /// <c>$C.m</c> through runtime class $C, <c>#m</c> through anything else but a class the text declares
    /// (<c>obj.m</c>, <c>this.m</c>, <c>type.m</c>). A static method of a runtime class is reached only through
    /// that class or a subclass, so <c>$List.$from(…)</c> keeps no <c>$Dictionary.$from</c>, and neither does
    /// the declaration <c>static $from(…)</c> itself nor the program's <c>Table.Create(…)</c>.</summary>
    private HashSet<string> UseWords(string text, HashSet<string> into)
    {
        Words(text, into);
        var programClasses = ProgramClass.Matches(text).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match m in MemberAccess.Matches(text))
        {
            var receiver = m.Groups["recv"];
            var member = m.Groups["member"].Value;
            if (receiver.Success && _byName.ContainsKey(receiver.Value)) into.Add(receiver.Value + "." + member);
            else if (!(receiver.Success && programClasses.Contains(receiver.Value))) into.Add(Unqualified + member);
        }
        return into;
    }

    /// <summary>Whether <paramref name="words"/> keep this member of runtime class <paramref name="className"/>:
    /// an instance member when any word names it, a static one when it is used through the class or one of its
    /// runtime subclasses (static members are inherited), or in a way the linker cannot attribute.</summary>
    private bool Keeps(string className, RuntimeClassLayout.Member member, IReadOnlySet<string> words)
    {
        var name = member.Name!;
        if (!member.IsStatic) return words.Contains(name);
        return words.Contains(Unqualified + name) || SelfAndSubclasses(className).Any(c => words.Contains(c + "." + name));
    }

    /// <summary>The use words of a selected module's code proper, cached: the tree shaker asks for the same
    /// selections again and again while it grows the part of the program it reaches.</summary>
    private string[] CodeUseWords(string code)
    {
        lock (_cacheLock)
            if (_codeUseWords.TryGetValue(code, out var cached)) return cached;
        var words = UseWords(RuntimeChunk.CodeOnly(code), new HashSet<string>(StringComparer.Ordinal)).ToArray();
        lock (_cacheLock) _codeUseWords[code] = words;
        return words;
    }

    private IReadOnlyList<string> SelfAndSubclasses(string className) => _subclasses.GetValueOrDefault(className) ?? [className];

    private Dictionary<string, IReadOnlyList<string>> BuildSubclasses()
    {
        var baseOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var module in _byFile.Values)
            // (A pattern of its own here: the constructor runs for Embedded before later static fields are set.)
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(module.Code,
                @"^class[ \t]+(\$[\w$]*)[ \t]+extends[ \t]+(\$[\w$]*)", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant))
                baseOf[m.Groups[1].Value] = m.Groups[2].Value;
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var cls in baseOf.Keys.Concat(baseOf.Values).Distinct())
            for (var c = cls; c is not null; c = baseOf.GetValueOrDefault(c))
            {
                if (!result.TryGetValue(c, out var list)) result[c] = list = [c];
                if (c != cls) list.Add(cls);
            }
        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }

    public IReadOnlyList<(RuntimeModule Module, string Code)> Select(IEnumerable<string> names, ICollection<string>? missingImports = null) =>
        SelectCore(names, missingImports, null);

    /// <summary>The chunk as the program needs it: a class without the methods no word in <paramref name="words"/> names.</summary>
    private RuntimeChunk View(RuntimeChunk chunk, IReadOnlySet<string>? words)
    {
        if (words is null) return chunk;
        lock (_cacheLock)
        {
            if (!_layouts.TryGetValue(chunk, out var layout)) _layouts[chunk] = layout = RuntimeClassLayout.Of(chunk.Text);
            if (layout is null) return chunk;
            var className = chunk.Declares.FirstOrDefault() ?? "";
            var keptNames = string.Join(",", layout.Members.Where(m => m.Name is not null && Keeps(className, m, words)).Select(m => m.Name));
            if (_trimmed.TryGetValue((chunk, keptNames), out var cached)) return cached;
            var view = RuntimeChunk.Of(layout.Keeping(m => Keeps(className, m, words)));
            view = view with { Declares = chunk.Declares, References = view.References.Where(r => !chunk.Declares.Contains(r)).ToHashSet(StringComparer.Ordinal) };
            _trimmed[(chunk, keptNames)] = view;
            return view;
        }
    }

    private IReadOnlyList<(RuntimeModule Module, string Code)> SelectCore(IEnumerable<string> names, ICollection<string>? missingImports, IReadOnlySet<string>? words)
    {
        var kept = new HashSet<RuntimeChunk>(ReferenceEqualityComparer.Instance);
        var keptNames = new HashSet<string>(StringComparer.Ordinal);
        var work = new Queue<string>(names);
        while (true)
        {
            while (work.Count > 0)
            {
                var name = work.Dequeue();
                if (!keptNames.Add(name) || ModuleDeclaring(name) is not { } module) continue;
                foreach (var chunk in ChunksOf(module).Where(c => c.Declares.Contains(name) && kept.Add(c)))
                    foreach (var reference in View(chunk, words).References) work.Enqueue(reference);
            }
            // Statements that declare nothing belong with what they mention (or, mentioning nothing, with their module).
            var modulesInUse = _byFile.Values.Where(m => ChunksOf(m).Any(kept.Contains)).ToList();
            var attached = modulesInUse
                .SelectMany(m => ChunksOf(m).Where(c => c.Declares.Count == 0 && !kept.Contains(c)
                    && (c.References.Count == 0 || c.References.Any(r => keptNames.Contains(r) && m.Declares.Contains(r)))))
                .ToList();
            if (attached.Count == 0) break;
            foreach (var chunk in attached)
            {
                kept.Add(chunk);
                foreach (var reference in chunk.References) work.Enqueue(reference);
            }
        }

        var used = _byFile.Values.Where(m => ChunksOf(m).Any(kept.Contains)).Select(m => m.FileName).ToHashSet(StringComparer.Ordinal);
        return WithImports(used.Select(f => _byFile[f]), missingImports)
            .Where(m => used.Contains(m.FileName))
            .Select(m => (m, string.Concat(ChunksOf(m).Where(kept.Contains).Select(c => RuntimeChunk.IndentedWithTabs(RuntimeChunk.WithoutComments(View(c, words).Text)).TrimEnd('\n') + "\n"))))
            .ToList();
    }

    public IReadOnlyCollection<RuntimeModule> Modules => _byFile.Values;

    /// <summary>Exported names declared by more than one module: the runtime contract says they must be unique.
    /// (Private helpers that share a name are renamed apart instead.)</summary>
    public IReadOnlyList<string> Duplicates { get; }

    public bool Declares(string name) => _byName.ContainsKey(name);

    public RuntimeModule? ModuleDeclaring(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The modules that declare <paramref name="names"/> plus everything they import, each after
    /// the modules it imports (so base classes exist before classes that extend them). Unknown import
    /// targets are reported through <paramref name="missingImports"/>.</summary>
    public IReadOnlyList<RuntimeModule> Closure(IEnumerable<string> names, ICollection<string>? missingImports = null) =>
        WithImports(names.Select(ModuleDeclaring).OfType<RuntimeModule>(), missingImports);

    /// <summary>The modules and everything they import, each after what it imports.</summary>
    private List<RuntimeModule> WithImports(IEnumerable<RuntimeModule> modules, ICollection<string>? missingImports)
    {
        var ordered = new List<RuntimeModule>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        foreach (var module in modules.DistinctBy(m => m.FileName).OrderBy(m => m.FileName, StringComparer.Ordinal))
            Visit(module);
        return ordered;

        void Visit(RuntimeModule module)
        {
            // A cycle (visiting) is left to the file order: functions hoist, and the runtime
            // authors keep class hierarchies acyclic.
            if (state.ContainsKey(module.FileName)) return;
            state[module.FileName] = false;
            foreach (var import in module.Imports)
            {
                if (_byFile.TryGetValue(import, out var dependency)) Visit(dependency);
                else missingImports?.Add($"{module.FileName} imports ./{import}, which is not in the runtime");
            }
            state[module.FileName] = true;
            ordered.Add(module);
        }
    }

    /// <summary>A private helper whose name another module also declares becomes <c>$name$file</c> in its module.</summary>
    private static IEnumerable<RuntimeModule> WithUniquePrivateNames(RuntimeModule[] modules)
    {
        var declaredBy = modules.SelectMany(m => m.Declares.Select(name => (name, m.FileName)))
            .GroupBy(d => d.name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var module in modules)
        {
            var renamed = module;
            foreach (var name in module.Declares.Where(n => !module.Exports.Contains(n) && declaredBy[n] > 1).Order(StringComparer.Ordinal))
            {
                var suffix = new string(module.FileName.Replace(".mjs", "", StringComparison.Ordinal).Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
                renamed = renamed.RenamePrivate(name, $"{name}${suffix}");
            }
            yield return renamed;
        }
    }

    private static RuntimeLibrary LoadEmbedded()
    {
        var assembly = typeof(RuntimeLibrary).Assembly;
        var modules = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".mjs", StringComparison.Ordinal))
            .Select(n => RuntimeModule.Parse(n[ResourcePrefix.Length..], ReadResource(assembly, n)));
        return new RuntimeLibrary(modules);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
