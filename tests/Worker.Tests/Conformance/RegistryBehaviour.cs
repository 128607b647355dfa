namespace EdgeMirror.Worker.Tests.Conformance;

/// <summary>How one public registry behaves, from its documentation and what it answers anonymously:
/// where its token service is and what it calls itself, which token field it answers with, whether it
/// takes OAuth2 form posts, whether blobs leave for a CDN.</summary>
/// <param name="Name">The double's name in the request log.</param>
/// <param name="TokenPath">The realm's path (<c>/token</c> for ghcr.io, <c>/v2/auth</c> for quay.io…); null for a
/// registry that needs no token at all (mcr.microsoft.com).</param>
/// <param name="Service">The challenge's <c>service</c>; null when the registry names none.</param>
/// <param name="TokenField"><c>token</c>, <c>access_token</c> or <c>both</c>.</param>
/// <param name="RealmOnOwnServer">The token service runs on a host of its own (auth.docker.io, docker-auth.elastic.co).</param>
/// <param name="FixedScope">The one scope every challenge names, whatever was asked (public.ecr.aws says
/// <c>scope="aws"</c>); its tokens then read every public repository.</param>
/// <param name="TokenPost">Takes OAuth2 form posts; otherwise answers them 404, as gcr.io does.</param>
/// <param name="BlobsToCdn">Blobs answer 307 to a CDN host, as mcr.microsoft.com and gcr.io do.</param>
/// <param name="AbsoluteLinks">Pagination links name the registry's own origin instead of a path.</param>
/// <param name="RefusesUnknownTokens">A registry without auth that still refuses (401) a request carrying a token it
/// never issued, as a strict anonymous registry may.</param>
public sealed record RegistryBehaviour(
    string Name,
    string? TokenPath,
    string? Service,
    string TokenField = "token",
    bool RealmOnOwnServer = false,
    string? FixedScope = null,
    bool TokenPost = false,
    bool BlobsToCdn = false,
    bool AbsoluteLinks = false,
    bool RefusesUnknownTokens = false);
