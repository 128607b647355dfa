namespace EdgeMirror.Compiler.Pipeline;

/// <summary>The cs2js command line: <c>cs2js &lt;project.csproj | file.cs ...&gt; -o &lt;out.mjs&gt;</c>.
/// Exit codes: 0 compiled, 1 compile errors (printed as <c>file(line,col): error ID: message</c>),
/// 2 usage errors. Arguments starting with '@' name response files (one argument per line),
/// which the MSBuild targets use for long file lists.</summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int CompileFailed = 1;
    public const int UsageError = 2;

    public const string Usage =
        "usage: cs2js <project.csproj | file.cs ...> -o <out.mjs>\n" +
        "  compiles C# to one ES2022 module <out.mjs> and its source map <out.mjs>.map";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        List<string> expanded;
        try { expanded = ExpandResponseFiles(args); }
        catch (IOException e) { return Fail(stderr, e.Message); }

        if (expanded.Any(a => a is "-h" or "--help" or "-?"))
        {
            stdout.WriteLine(Usage);
            return Success;
        }

        var inputs = new List<string>();
        string? output = null;
        for (var i = 0; i < expanded.Count; i++)
        {
            var arg = expanded[i];
            if (arg is "-o" or "--output" or "--out")
            {
                if (i + 1 >= expanded.Count) return Fail(stderr, $"{arg} needs a file name");
                if (output is not null) return Fail(stderr, "the output file is given twice");
                output = expanded[++i];
            }
            else if (arg.StartsWith("-o", StringComparison.Ordinal) && arg.Length > 2 && !arg.StartsWith("--", StringComparison.Ordinal))
                output = arg[2..].TrimStart(':', '=');
            else if (arg.StartsWith('-') && arg.Length > 1)
                return Fail(stderr, $"unknown option {arg}");
            else
                inputs.Add(arg);
        }

        if (inputs.Count == 0) return Fail(stderr, "no input: give a .csproj or one or more .cs files");
        if (output is null) return Fail(stderr, "no output: give -o <out.mjs>");
        var projects = inputs.Where(i => i.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)).ToList();
        if (projects.Count > 0 && inputs.Count > 1) return Fail(stderr, "give either one .csproj or .cs files, not both");
        if (inputs.FirstOrDefault(i => !File.Exists(i)) is { } missing) return Fail(stderr, $"input not found: {missing}");
        if (projects.Count == 0 && inputs.FirstOrDefault(i => !i.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)) is { } odd)
            return Fail(stderr, $"not a .cs or .csproj file: {odd}");

        var outputPath = Path.GetFullPath(output);
        var options = new CompileOptions(Path.GetFileName(outputPath), Path.GetDirectoryName(outputPath));
        var sources = projects.Count == 1
            ? ProjectSources.Read(projects[0])
            : inputs.Select(i => new SourceText(i, File.ReadAllText(i))).ToArray();
        if (sources.Count == 0) return Fail(stderr, $"{projects[0]} has no .cs files");

        CompileResult result;
        try { result = CompilerPipeline.Compile(sources, options); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A compiler bug, not the user's: say so in the same parseable shape, at the first input.
            stderr.WriteLine($"{sources[0].Path}(1,1): error CS2JS9999: internal compiler error: {e.GetType().Name}: {e.Message}");
            return CompileFailed;
        }

        foreach (var diagnostic in result.Diagnostics) stderr.WriteLine(diagnostic.ToString());
        if (!result.Success) return CompileFailed;

        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        File.WriteAllText(outputPath, result.JavaScript);
        File.WriteAllText(outputPath + ".map", result.SourceMap);
        return Success;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"cs2js: {message}");
        stderr.WriteLine(Usage);
        return UsageError;
    }

    private static List<string> ExpandResponseFiles(IReadOnlyList<string> args)
    {
        var expanded = new List<string>();
        foreach (var arg in args)
        {
            if (arg.Length > 1 && arg[0] == '@')
            {
                var file = arg[1..];
                if (!File.Exists(file)) throw new IOException($"response file not found: {file}");
                expanded.AddRange(File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')));
            }
            else expanded.Add(arg);
        }
        return expanded;
    }
}
