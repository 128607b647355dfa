namespace EdgeMirror.Worker.Core.Caching;

/// <summary>Whose credentials a registry request carries, which decides what the cache may do with it.
/// <list type="bullet">
/// <item><see cref="None"/>: no Authorization (registries that need no token).</item>
/// <item><see cref="MirrorAnonymous"/>: a bearer token the mirror's own <c>/token</c> handed out to a client
/// that sent no credentials there. The mirror remembers a hash of each such token (AnonymousTokens), so
/// a client cannot claim one: what it fetches is what anyone may fetch. Requests for which the mirror
/// fetches with its own upstream tokens (password mode, configured upstream credentials) count as this
/// too: the client's Authorization never reaches the upstream, so every admitted client gets the same answer.</item>
/// <item><see cref="Client"/>: anything else — Basic credentials, a token obtained with <c>docker login</c>
/// to the mirror, a token from elsewhere. What it fetches may be private, so it is never stored. It may
/// still be answered from the cache: every stored entry was fetched without such credentials, so it is public.</item>
/// </list></summary>
public enum CredentialKind
{
    None,
    MirrorAnonymous,
    Client,
}
