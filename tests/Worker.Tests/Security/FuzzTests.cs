using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EdgeMirror.Worker.Tests.Workerd;
using Xunit.Abstractions;

namespace EdgeMirror.Worker.Tests.Security;

/// <summary>Seeded random and mutated requests (paths, methods, headers, query strings) against the open
/// mirror: no 500 or uncaught exception, every error body valid OCI JSON, and the listener standing for
/// "somewhere else" never reached.</summary>
[Collection(SecurityCollection.Name)]
public sealed class FuzzTests(SecurityFixture mirror, ITestOutputHelper output)
{
    private const int Requests = 10_000;
    private const int Concurrency = 24;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task Ten_thousand_random_and_mutated_requests_never_crash_the_worker_or_reach_another_host()
    {
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var sent = 0;
        var watch = Stopwatch.StartNew();
        var generator = new RequestGenerator(20261128, mirror);
        var plans = Enumerable.Range(0, Requests).Select(_ => generator.Next()).ToList();

        await Parallel.ForEachAsync(plans, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (plan, _) =>
        {
            if (watch.Elapsed > Budget) return;
            Interlocked.Increment(ref sent);
            using var request = plan.ToMessage(mirror.Worker.BaseAddress);
            try
            {
                using var response = await mirror.Client.SendAsync(request);
                var status = (int)response.StatusCode;
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                var body = await response.Content.ReadAsStringAsync();
                var problem = Check(plan, status, body);
                if (problem is not null) failures.Enqueue($"{plan} → {status}: {problem}: {Truncate(body)}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                failures.Enqueue($"{plan} → {e.GetType().Name}: {e.Message}");
            }
        });

        output.WriteLine($"{sent} requests in {watch.Elapsed.TotalSeconds:F1} s; statuses: "
                         + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(sent >= Requests, $"only {sent} requests within {Budget}");
        Assert.True(failures.IsEmpty, $"{failures.Count} bad answers, e.g.:\n" + string.Join("\n", failures.Take(15)));
        Assert.Empty(mirror.ElsewhereLog);
        Assert.DoesNotContain("unhandled exception", mirror.Worker.Output);
        Assert.DoesNotContain("Uncaught", mirror.Worker.Output);
        // The mix really exercised the mirror: successes, client errors and upstream errors all occurred.
        Assert.Contains(statuses.Keys, s => s is >= 200 and < 300);
        Assert.Contains(statuses.Keys, s => s == 400);
        Assert.Contains(statuses.Keys, s => s == 405);
    }

    private static string? Check(RequestPlan plan, int status, string body)
    {
        if (status >= 500 && status != 502 && status != 504) return "server error";
        if (body.Contains("Error 1101") || body.Contains("Worker threw exception")) return "uncaught exception";
        if (status < 400 || plan.Method == "HEAD") return null;
        try
        {
            var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
            if (errors.ValueKind != JsonValueKind.Array) return "errors is not an array";
            foreach (var error in errors.EnumerateArray())
                if (error.GetProperty("code").ValueKind != JsonValueKind.String || error.GetProperty("message").ValueKind != JsonValueKind.String)
                    return "an error without code and message";
            return null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "not OCI error JSON";
        }
    }

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}

/// <summary>One generated request.</summary>
public sealed record RequestPlan(string Method, string PathAndQuery, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body)
{
    public HttpRequestMessage ToMessage(Uri baseAddress)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(baseAddress.GetLeftPart(UriPartial.Authority) + PathAndQuery));
        foreach (var (name, value) in Headers)
        {
            if (name == "Host") message.Headers.Host = value;
            else message.Headers.TryAddWithoutValidation(name, value);
        }
        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded");
        }
        return message;
    }

    public override string ToString() => $"{Method} {PathAndQuery} [{string.Join("; ", Headers.Select(h => h.Key + ": " + (h.Value.Length > 40 ? h.Value[..40] + "…" : h.Value)))}]";
}

/// <summary>Seeded generator of requests: well-formed registry requests from a corpus, then mutated
/// (characters inserted, encoded, deleted, segments doubled or swapped), with query strings and headers that
/// name other hosts, junk credentials, ranges and sizes around the limits.</summary>
public sealed class RequestGenerator(int seed, SecurityFixture mirror)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Methods = { "GET", "GET", "GET", "GET", "GET", "GET", "HEAD", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" };

    private string Elsewhere => mirror.ElsewhereHostPort;

    private string[] Corpus()
    {
        var digest = mirror.Image.LayerDigests[0];
        var zero = "sha256:" + new string('0', 64);
        return new[]
        {
            "/", "/index.html", "/favicon.ico", "/robots.txt", "/v2", "/v2/", "/v2/_catalog",
            "/v2/library/testimg/manifests/latest", "/v2/testimg/manifests/latest", $"/v2/library/testimg/manifests/{mirror.Image.ManifestDigest}",
            $"/v2/library/testimg/blobs/{digest}", $"/v2/testimg/blobs/{zero}", "/v2/library/testimg/tags/list",
            $"/v2/library/testimg/referrers/{digest}", "/v2/missing/app/manifests/latest", "/v2/private/app/manifests/latest",
            "/v2/ratelimited/app/manifests/latest", $"/v2/hops/app/blobs/{digest}", "/v2/library/testimg/blobs/uploads/",
            "/v2/docker.io/library/testimg/manifests/latest", "/v2/faulty.test/fine/app/manifests/latest",
            $"/v2/faulty.test/loop/app/blobs/{zero}", "/v2/faulty.test/xml/app/manifests/v1", "/v2/faulty.test/badauth/app/manifests/latest",
            "/v2/faulty.test/norealm/app/manifests/latest", $"/v2/faulty.test/badredirect/app/blobs/{zero}", "/v2/badtoken.test/team/app/manifests/latest",
            "/v2/badrealm.test/team/app/manifests/latest", "/v2/dead.test/team/app/manifests/latest", "/v2/unknown.test/team/app/manifests/latest",
            "/token", "/token?scope=repository:testimg:pull&service=fake-hub", "/token?scope=repository:faulty.test/x:pull",
            "/token?ns=badtoken.test&scope=repository:x:pull", "/token?ns=badrealm.test", "/v2/library/testimg/manifests/latest?ns=docker.io",
        };
    }

    private static readonly string[] Junk =
    {
        "%2F", "%2f", "%2e%2e", "..", "/..", "//", "%00", "%", "%zz", "@", ":", "\\", "%5C", "?", "#", "%23", "&", ";", "~", "*",
        "é", "%C3%A9", "\u202e", "%0d%0a", "+", "$", "'", "\"", "<script>", " ", "%20", "A", "Z", "-", "_", "__", ".", "sha256:",
    };

    public RequestPlan Next()
    {
        var corpus = Corpus();
        var method = Methods[_random.Next(Methods.Length)];
        var path = corpus[_random.Next(corpus.Length)];
        var mutations = _random.Next(4);
        for (var i = 0; i < mutations; i++) path = Mutate(path);
        if (_random.Next(3) == 0) path += (path.Contains('?') ? "&" : "?") + RandomQuery();
        if (!path.StartsWith('/')) path = "/" + path;
        var headers = RandomHeaders();
        var body = method == "POST" && _random.Next(2) == 0 ? "grant_type=password&username=x&password=" + RandomText(12) + "&scope=" + RandomText(8) : null;
        return new RequestPlan(method, path, headers, body);
    }

    private string Mutate(string path)
    {
        var position = path.Length == 0 ? 0 : _random.Next(path.Length + 1);
        switch (_random.Next(9))
        {
            case 0: return path.Insert(position, Junk[_random.Next(Junk.Length)]);
            case 1: return path.Length > 1 ? path.Remove(Math.Min(position, path.Length - 1), 1) : path;
            case 2: return path.Insert(position, "/" + Elsewhere + "/");
            case 3:
            {
                var segments = path.Split('/');
                var k = _random.Next(segments.Length);
                return string.Join("/", segments.Take(k + 1).Concat(segments.Skip(k)));
            }
            case 4: return path.ToUpperInvariant();
            case 5: return path.Insert(position, new string('a', _random.Next(1, 300)));
            case 6: return path.Insert(position, Uri.EscapeDataString("http://" + Elsewhere + "/"));
            case 7: return path.Replace("/", _random.Next(2) == 0 ? "%2F" : "//");
            default:
            {
                var segments = path.Split('/');
                if (segments.Length < 3) return path;
                var a = _random.Next(1, segments.Length);
                var b = _random.Next(1, segments.Length);
                (segments[a], segments[b]) = (segments[b], segments[a]);
                return string.Join("/", segments);
            }
        }
    }

    private string RandomQuery()
    {
        var options = new[]
        {
            "ns=" + Elsewhere, "ns=" + Uri.EscapeDataString("http://" + Elsewhere), "ns=docker.io", "ns=faulty.test", "ns=", "ns=" + RandomText(6),
            "realm=" + Uri.EscapeDataString("http://" + Elsewhere + "/token"), "service=" + Elsewhere, "scope=repository:" + Elsewhere + "/x:pull",
            "scope=repository:testimg:pull&scope=repository:library/testimg:push", "n=1&last=" + RandomText(5), "n=-1", "n=99999999999",
            "url=http://" + Elsewhere + "/", "redirect=http://" + Elsewhere, "last=" + new string('x', _random.Next(100, 5000)),
            RandomText(10) + "=" + RandomText(10), "%zz=%zz", "a=1&a=2&a=3",
        };
        return options[_random.Next(options.Length)];
    }

    private List<KeyValuePair<string, string>> RandomHeaders()
    {
        var headers = new List<KeyValuePair<string, string>>();
        var count = _random.Next(5);
        for (var i = 0; i < count; i++)
        {
            headers.Add(_random.Next(14) switch
            {
                0 => new("Authorization", "Bearer " + RandomText(_random.Next(1, 80))),
                1 => new("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(RandomText(5) + ":" + RandomText(8)))),
                2 => new("Authorization", RandomText(20)),
                3 => new("Accept", _random.Next(2) == 0 ? MirrorClient.ManifestAccept : RandomText(30)),
                4 => new("Range", _random.Next(2) == 0 ? $"bytes={_random.Next(1000)}-{_random.Next(5000)}" : "bytes=" + RandomText(6)),
                5 => new("X-Forwarded-Host", Elsewhere),
                6 => new("X-Forwarded-Proto", _random.Next(2) == 0 ? "gopher" : "https"),
                7 => new("Host", _random.Next(2) == 0 ? Elsewhere : "faulty." + RandomLabel(4) + ".example"),
                8 => new("User-Agent", RandomText(20)),
                9 => new("If-None-Match", "\"" + RandomText(10) + "\""),
                10 => new("X-Big", new string('b', _random.Next(100, 13000))),
                11 => new("Forwarded", "for=1.2.3.4;host=" + Elsewhere),
                12 => new("Content-Type", "application/x-www-form-urlencoded"),
                _ => new("X-" + RandomText(6), RandomText(20)),
            });
        }
        return headers;
    }

    private string RandomLabel(int length) => new(Enumerable.Range(0, length).Select(_ => (char)('a' + _random.Next(26))).ToArray());

    private string RandomText(int length)
    {
        const string chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/@!$&'()*+,;=%";
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++) builder.Append(chars[_random.Next(chars.Length)]);
        return builder.ToString();
    }
}
