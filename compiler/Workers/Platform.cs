#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using H5;

namespace EdgeMirror.Workers;

/// <summary>The <c>cloudflare:workers</c> module: bindings reachable outside a handler (module scope, helpers that were
/// not handed <c>env</c>). Each member is imported only when the program uses it.</summary>
public static class Platform
{
    /// <summary><c>import { env } from "cloudflare:workers"</c>: the same vars, secrets and bindings as the handler's env.</summary>
    [Import("cloudflare:workers", "env")]
    public static extern Env Env { get; }
}
