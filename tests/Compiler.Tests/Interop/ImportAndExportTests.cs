namespace EdgeMirror.Compiler.Tests.Interop;

/// <summary>[Import(module, export)] on classes, static methods, properties and fields (default, named, namespace
/// imports), and [ExportDefault] as the module's <c>export default</c>.</summary>
public sealed class ImportAndExportTests
{
    private const string ImportSource = """
        using System;
        using H5;

        [External, Import("./shapes.mjs", "Circle")]
        public class Circle
        {
            public extern Circle(double radius);
            [Name("area")] public extern double Area();
            [Name("unit")] public static extern Circle Unit();
        }

        [External, Import("./shapes.mjs", "*")]
        public static class Shapes
        {
            [Name("version")] public static extern string Version { get; }
        }

        public static class Host
        {
            [Import("node:path", "join")] public static extern string JoinPath(string a, string b);
            [Import("node:path", "sep")] public static extern string Separator { get; }
            [Import("./shapes.mjs")] public static readonly string Greeting = "";
            [Import("./shapes.mjs", "tally")] public static extern int Tally(params int[] values);
        }

        public static class Program
        {
            public static void Main()
            {
                Console.WriteLine(Math.Round(new Circle(1).Area(), 2) + " " + Circle.Unit().Area().ToString("F1"));
                Console.WriteLine(Shapes.Version);
                Console.WriteLine(Host.JoinPath("a", "b") + " " + Host.Separator);
                Console.WriteLine(Host.Greeting);
                Console.WriteLine(Host.Tally(1, 2, 3));
            }
        }
        """;

    private const string ShapesModule = """
        export class Circle { constructor(r) { this.r = r; } area() { return Math.PI * this.r * this.r; } static unit() { return new Circle(1); } }
        export const version = "shapes 1.0";
        export function tally(values) { return values.length; }
        export default "hello from the default export";
        """;

    private static readonly Lazy<InteropRun> Imported = new(() =>
        InteropRun.Run(ImportSource, new Dictionary<string, string> { ["shapes.mjs"] = ShapesModule }));

    [Fact]
    public void An_imported_class_is_constructed_and_called_through_its_binding()
    {
        var run = Imported.Value;
        Assert.Contains("import { Circle as Circle$import } from \"./shapes.mjs\";", run.JavaScript);
        Assert.Contains("new Circle$import(1)", run.JavaScript);
        Assert.Equal("3.14 3.1", run.Lines[0]);
    }

    [Fact]
    public void A_star_import_is_a_namespace_object()
    {
        var run = Imported.Value;
        Assert.Contains("import * as Shapes$import from \"./shapes.mjs\";", run.JavaScript);
        Assert.Equal("shapes 1.0", run.Lines[1]);
    }

    [Fact]
    public void Static_methods_properties_and_fields_each_bind_their_own_import()
    {
        var run = Imported.Value;
        Assert.Contains("import { join as JoinPath$import } from \"node:path\";", run.JavaScript);
        Assert.Contains("import { sep as Separator$import } from \"node:path\";", run.JavaScript);
        Assert.Contains("import Greeting$import from \"./shapes.mjs\";", run.JavaScript);
        Assert.DoesNotContain("Host.", run.JavaScript);
        Assert.Equal("a/b /", run.Lines[2]);
        Assert.Equal("hello from the default export", run.Lines[3]);
        Assert.Equal("3", run.Lines[4]); // a params array reaches an imported function as one array
    }

    private const string WorkerSource = """
        using System.Threading.Tasks;
        using H5;

        [ExportDefault]
        public static class Entry
        {
            static int served;

            public static async Task<string> Fetch(string url)
            {
                await Task.Yield();
                served++;
                return "fetched " + url + " #" + served;
            }

            [Name("scheduled")]
            public static Task OnCron(string cron) { served += 100; return Task.CompletedTask; }

            public static int Served() => served;

            static void Hidden() { }
            internal static void AlsoHidden() { }
        }
        """;

    private const string WorkerDriver = """
        import entry from "./out.mjs";
        console.log(Object.keys(entry).sort().join(","));
        console.log(await entry.fetch("/a"));
        const { fetch } = entry;
        console.log(await fetch("/b"));
        await entry.scheduled("* * * * *");
        console.log(entry.Served());
        """;

    [Fact]
    public void Export_default_holds_the_public_static_methods_with_workers_handlers_camel_cased()
    {
        var run = InteropRun.Run(WorkerSource, driver: WorkerDriver);
        Assert.Contains("export default {", run.JavaScript);
        Assert.Equal(["Served,fetch,scheduled", "fetched /a #1", "fetched /b #2", "102"], run.Lines);
    }
}
