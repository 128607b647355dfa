namespace EdgeMirror.Compiler.Tests.Interop;

/// <summary>[ObjectLiteral]: construction with object initializers, defaults, omitted optional members, nesting,
/// reading members back, and JSON of the result.</summary>
public sealed class ObjectLiteralTests
{
    private const string Source = """
        using System;
        using H5;

        [ObjectLiteral]
        public class Options
        {
            public int Retries { get; set; } = 3;
            public string? Mode { get; set; }
            public bool Verbose = true;
            public Options? Inner { get; set; }
            [Name("maxAge")] public int? MaxAge { get; set; }
        }

        [ObjectLiteral]
        public class Derived : Options
        {
            public string Extra { get; set; } = "x";
        }

        [External, ObjectLiteral, Convention(Notation.CamelCase)]
        public class HostOptions
        {
            public string? CacheKey { get; set; }
            public int? CacheTtl { get; set; }
        }

        public static class Program
        {
            static string Json(object value) => Script.Write<string>("JSON.stringify({0})", value);

            public static void Main()
            {
                var plain = new Options();
                Console.WriteLine(Json(plain));
                var set = new Options { Mode = "fast", Retries = 1, MaxAge = 60, Inner = new Options { Verbose = false } };
                Console.WriteLine(Json(set));
                Console.WriteLine(set.Mode + " " + set.Retries + " " + set.Inner!.Verbose + " " + set.MaxAge + " " + (set.Inner.Mode == null));
                set.Mode = "slow";
                set.Retries++;
                Console.WriteLine(set.Mode + " " + set.Retries);
                var nested = new Options { Inner = { Mode = "m" } };
                Console.WriteLine(Json(nested));
                Console.WriteLine(Json(new Derived { Mode = "d" }));
                Console.WriteLine(Json(new HostOptions { CacheTtl = 30, CacheKey = "k" }));
                Console.WriteLine(Script.Write<bool>("Object.getPrototypeOf({0}) === Object.prototype", set));
            }
        }
        """;

    private static readonly Lazy<InteropRun> Ran = new(() => InteropRun.Run(Source));

    [Fact]
    public void Members_with_initializers_are_present_and_unset_optional_members_are_omitted()
    {
        Assert.Equal("""{"Retries":3,"Verbose":true}""", Ran.Value.Lines[0]);
    }

    [Fact]
    public void Initializer_values_replace_defaults_and_nested_literals_are_plain_objects()
    {
        var run = Ran.Value;
        Assert.Equal("""{"Verbose":true,"Mode":"fast","Retries":1,"maxAge":60,"Inner":{"Retries":3,"Verbose":false}}""", run.Lines[1]);
        Assert.Equal("True", run.Lines[7]);
    }

    [Fact]
    public void Members_are_read_and_written_as_plain_properties()
    {
        var run = Ran.Value;
        Assert.Equal("fast 1 False 60 True", run.Lines[2]);
        Assert.Equal("slow 2", run.Lines[3]);
    }

    [Fact]
    public void A_nested_member_initializer_builds_a_nested_literal_and_base_defaults_come_first()
    {
        var run = Ran.Value;
        Assert.Equal("""{"Retries":3,"Verbose":true,"Inner":{"Retries":3,"Verbose":true,"Mode":"m"}}""", run.Lines[4]);
        Assert.Equal("""{"Retries":3,"Verbose":true,"Extra":"x","Mode":"d"}""", run.Lines[5]);
    }

    [Fact]
    public void An_external_object_literal_follows_its_naming_convention_and_emits_no_class()
    {
        var run = Ran.Value;
        Assert.Equal("""{"cacheTtl":30,"cacheKey":"k"}""", run.Lines[6]);
        Assert.DoesNotContain("class Options", run.JavaScript);
        Assert.DoesNotContain("class HostOptions", run.JavaScript);
    }
}
