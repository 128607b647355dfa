using EdgeMirror.Worker.Core.Access;

namespace EdgeMirror.Worker.Edge.Access;

/// <summary>The access settings of a request's environment (parsed per request: they are a few short strings).</summary>
public static class AccessOf
{
    public static AccessSettings Request(MirrorRequest request) => AccessSettings.Parse(name => request.Env.Var(name));
}
