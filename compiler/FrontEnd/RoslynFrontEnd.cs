using System.Reflection;
using EdgeMirror.Compiler.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EdgeMirror.Compiler.FrontEnd;

/// <summary>The C# compilation of the user's sources plus the prelude, or the C# errors that stop the compile.</summary>
public sealed record FrontEndResult(CSharpCompilation? Compilation, IReadOnlyList<CompileDiagnostic> Diagnostics);

/// <summary>Parses and binds the sources exactly as <c>dotnet build</c> would (C# latest, nullable on,
/// the running .NET's assemblies), plus the interop/Workers declarations every program compiles against.</summary>
public static class RoslynFrontEnd
{
    /// <summary>Path prefix of the prelude syntax trees, so later passes can tell them from user code.</summary>
    public const string PreludePrefix = "prelude/";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);
    private static readonly Lazy<IReadOnlyList<SyntaxTree>> Prelude = new(LoadPrelude);

    public static FrontEndResult Compile(IReadOnlyList<SourceText> sources)
    {
        var userTrees = sources
            .Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path, System.Text.Encoding.UTF8))
            .ToList();
        var hasMain = userTrees.Any(DeclaresMain);
        var options = new CSharpCompilationOptions(
                hasMain ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: false,
                concurrentBuild: false)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS0626"] = ReportDiagnostic.Suppress, // extern members of the prelude are implemented in JS
                ["CS8019"] = ReportDiagnostic.Suppress,
            });
        var compilation = CSharpCompilation.Create("program", Prelude.Value.Concat(userTrees), References.Value, options);
        var errors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(ToCompileDiagnostic)
            .ToList();
        return errors.Count > 0 ? new FrontEndResult(null, errors) : new FrontEndResult(compilation, []);
    }

    public static bool IsPrelude(SyntaxTree? tree) => tree is not null && tree.FilePath.StartsWith(PreludePrefix, StringComparison.Ordinal);

    public static CompileDiagnostic ToCompileDiagnostic(Diagnostic d)
    {
        var span = d.Location.GetMappedLineSpan();
        var file = d.Location.IsInSource ? span.Path : "";
        return new CompileDiagnostic(file, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            d.Severity == DiagnosticSeverity.Error, d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    // A quick syntactic look is enough to choose the output kind; binding then checks it properly.
    private static bool DeclaresMain(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>()
            .Any(m => m.Identifier.ValueText == "Main" && m.Modifiers.Any(t => t.IsKind(SyntaxKind.StaticKeyword)))
        || tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any();

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var tpa = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "";
        return tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => IsFrameworkAssembly(Path.GetFileName(p)))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }

    // The compiler's own dependencies (Roslyn) are on the TPA list too; user programs must not see them.
    private static bool IsFrameworkAssembly(string fileName) =>
        (fileName.StartsWith("System.", StringComparison.Ordinal) || fileName is "System.dll" or "mscorlib.dll" or "netstandard.dll"
         || fileName.StartsWith("Microsoft.Win32.", StringComparison.Ordinal) || fileName is "Microsoft.CSharp.dll" or "Microsoft.VisualBasic.dll")
        && !fileName.StartsWith("System.Private.", StringComparison.Ordinal) || fileName is "System.Private.CoreLib.dll" or "System.Private.Uri.dll";

    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static IReadOnlyList<SyntaxTree> LoadPrelude()
    {
        var assembly = typeof(RoslynFrontEnd).Assembly;
        // The implicit usings of an SDK project (ImplicitUsings=enable), as `dotnet build` adds them.
        var globalUsings = CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")),
            ParseOptions, PreludePrefix + "GlobalUsings.g.cs", System.Text.Encoding.UTF8);
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(PreludePrefix, StringComparison.Ordinal) && n.EndsWith(".cs", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return CSharpSyntaxTree.ParseText(reader.ReadToEnd(), ParseOptions, n, System.Text.Encoding.UTF8);
            })
            .Prepend(globalUsings)
            .ToList();
    }
}
