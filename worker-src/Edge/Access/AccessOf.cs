using EdgeMirror.Worker.Core.Access;

namespace EdgeMirror.Worker.Edge.Access;

/// <summary>The access settings of a request's environment, parsed once per isolate and var values (Edge/ParsedVars).</summary>
public static class AccessOf
{
    private static readonly ParsedVars<AccessSettings> Settings = new ParsedVars<AccessSettings>(AccessSettings.Parse);

    public static AccessSettings Request(MirrorRequest request) => Settings.Of(request.Env);
}
