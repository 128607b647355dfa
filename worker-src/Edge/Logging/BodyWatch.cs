using System;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Json;
using EdgeMirror.Worker.Core.Routing;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Logging;

/// <summary>An upstream body that breaks off after the headers went out cannot become an error answer any
/// more; the client sees its transfer fail. This makes it visible in the log too: the body is piped through a
/// FixedLengthStream of the announced length (still streamed, never buffered; the length stays known to the
/// client), and a pipe that fails writes a <c>{"event":"body-cut",…}</c> line once the request is over.</summary>
public static class BodyWatch
{
    public static Response Watch(MirrorRequest request, Route route, Response response)
    {
        var body = response.Body;
        var length = response.Headers.Get("content-length");
        if (request.IsHead || body == null || length == null || (response.Status != 200 && response.Status != 206))
            return response;
        var expected = Digits(length);
        if (expected < 0) return response;
        var fixedLength = new FixedLengthStream(expected);
        request.Context.WaitUntil(LogIfCut(body.PipeTo(fixedLength.Writable), route, length));
        return new Response(fixedLength.Readable, new ResponseInit { Status = response.Status, StatusText = response.StatusText, Headers = response.Headers });
    }

    // The value of a Content-Length header, or -1 when it is not one.
    private static double Digits(string text)
    {
        if (text.Length == 0 || text.Length > 15) return -1;
        double value = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static async Task LogIfCut(Task piping, Route route, string expectedBytes)
    {
        try
        {
            await piping;
        }
        catch (Exception)
        {
            JsConsole.Log("{\"event\":\"body-cut\",\"route\":" + JsonText.Quote(route.Kind == RouteKind.Blob ? "blob" : "manifest")
                + ",\"registry\":" + JsonText.Quote(route.Registry == null ? "" : route.Registry.Name)
                + ",\"repository\":" + JsonText.Quote(route.Repository) + ",\"expectedBytes\":" + expectedBytes + "}");
        }
    }
}
