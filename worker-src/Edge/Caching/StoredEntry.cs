using EdgeMirror.Worker.Core.Caching;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Caching;

/// <summary>An entry found in the Cache API or R2: its headers (as stored, internal ones included), its
/// body, when it was stored and with which kind of credentials it was fetched; its status is 206 when the
/// Cache API answered one byte range of it (then Content-Range and Content-Length are those of the range).</summary>
public sealed record StoredEntry(Headers Headers, ReadableStream? Body, double StoredAtMs, CredentialKind StoredWith, int Status = 200)
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
