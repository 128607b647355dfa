using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EdgeMirror.Differential.Tests.Harness;

/// <summary>
/// Runs a program on .NET in-process: Roslyn compiles it in memory against the shared framework,
/// the assembly is loaded into a collectible load context, and Main runs with Console.Out captured.
/// Callers must not run two programs at once (Console is global).
/// </summary>
public static class DotNetRunner
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.ConsoleApplication,
        nullableContextOptions: NullableContextOptions.Enable,
        optimizationLevel: OptimizationLevel.Release);

    // Built once: reading ~170 framework assemblies' metadata is the expensive part of a compile.
    private static readonly Lazy<IReadOnlyList<MetadataReference>> FrameworkReferences = new(LoadFrameworkReferences);

    public static RunOutcome Run(string name, string sourceText, TimeSpan timeout)
    {
        var image = Compile(name, sourceText);
        var context = new AssemblyLoadContext("difftest-" + name, isCollectible: true);
        try
        {
            var entry = context.LoadFromStream(new MemoryStream(image)).EntryPoint
                ?? throw new InvalidOperationException($"{name}: the program has no Main");
            return RunEntryPoint(name, entry, timeout);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The program's assembly image; a program that does not compile is a bug in the suite.</summary>
    private static byte[] Compile(string name, string sourceText)
    {
        var tree = CSharpSyntaxTree.ParseText(sourceText, ParseOptions, path: name + ".cs");
        var compilation = CSharpCompilation.Create("difftest_" + name, [tree], FrameworkReferences.Value, CompilationOptions);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
            throw new InvalidOperationException($"{name}.cs does not compile on .NET (fix the program):\n" + string.Join('\n', errors));
        }
        return image.ToArray();
    }

    private static RunOutcome RunEntryPoint(string name, MethodInfo entry, TimeSpan timeout)
    {
        // A StringWriter formats with the culture current when it is made: make it invariant explicitly.
        var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var previousOut = Console.Out;
        var previousCulture = CultureInfo.DefaultThreadCurrentCulture;
        Exception? escaped = null;
        // The compiled JS formats with the invariant culture; so must .NET, on every thread an async Main hops to.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        Console.SetOut(stdout);
        try
        {
            var thread = new Thread(() =>
            {
                CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                var loop = new EventLoopContext();
                SynchronizationContext.SetSynchronizationContext(loop);
                try
                {
                    var main = UserMain(entry);
                    var args = main.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() };
                    if (main.Invoke(null, args) is Task task)
                    {
                        loop.RunUntilCompleted(task);
                        task.GetAwaiter().GetResult();
                    }
                }
                catch (Exception thrown)
                {
                    escaped = thrown is TargetInvocationException { InnerException: { } inner } ? inner : thrown;
                }
            });
            thread.Start();
            if (!thread.Join(timeout))
                throw new TimeoutException($"{name} did not finish on .NET within {timeout.TotalSeconds:0} s");
        }
        finally
        {
            Console.Out.Flush();
            Console.SetOut(previousOut);
            CultureInfo.DefaultThreadCurrentCulture = previousCulture;
        }
        var printed = stdout.ToString();
        return escaped is null ? new RunOutcome(printed, null, 0, "") : RunOutcome.ForEscapedException(printed, escaped);
    }

    /// <summary>
    /// The program's own Main. For an async Main, Roslyn's entry point is a synthesized method that blocks
    /// on the task; calling the real one lets the event loop run its continuations on this thread instead.
    /// </summary>
    private static MethodInfo UserMain(MethodInfo entry) =>
        entry.Name == "Main"
            ? entry
            : entry.DeclaringType!.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Single(m => m.Name == "Main" && typeof(Task).IsAssignableFrom(m.ReturnType));

    private static IReadOnlyList<MetadataReference> LoadFrameworkReferences()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => Path.GetDirectoryName(path) == frameworkDirectory)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }
}
