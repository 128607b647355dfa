using EdgeMirror.Worker.Core.Caching;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Caching;

/// <summary>An entry found in the Cache API or R2: its headers (as stored, internal ones included), its
/// body, when it was stored and with which kind of credentials it was fetched.</summary>
public sealed record StoredEntry(Headers Headers, ReadableStream? Body, double StoredAtMs, CredentialKind StoredWith)
{
    public static CredentialKind ParseCredentials(string? text) =>
        text == "none" ? CredentialKind.None : text == "anonymous" ? CredentialKind.MirrorAnonymous : CredentialKind.Client;

    public static string CredentialsText(CredentialKind kind) =>
        kind == CredentialKind.None ? "none" : kind == CredentialKind.MirrorAnonymous ? "anonymous" : "client";

    /// <summary>Lets go of a body that will not be sent (a HEAD, an entry not allowed for this request).</summary>
    public void Discard()
    {
        if (Body != null) _ = Body.Cancel();
    }
}
