using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Worker.Core.Routing;
using EdgeMirror.Worker.Edge.Access;
using EdgeMirror.Worker.Edge.Caching;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary><c>/token</c>: the realm in every challenge the mirror hands out. It asks the chosen
/// registry's real token service (learned by <see cref="RealmCache"/>) with every scope the client
/// asked for (rewritten to the upstream's names) and the client's own Authorization, so that
/// <c>docker login</c> to the mirror works for private images too.</summary>
public static class TokenEndpoint
{
    // Query parameters of the token protocol that pass through as the client sent them.
    private static readonly string[] PassedParameters = { "account", "client_id", "offline_token" };

    public static async Task<Response> Handle(MirrorRequest request, Route route)
    {
        // Password mode: the mirror is its own token service (Access/MirrorTokenService).
        var access = request.Access;
        if (access.PasswordRequired) return await MirrorTokenService.Handle(request, access.Password!);

        var query = request.Url.SearchParams;
        // OAuth2 posts (docker with a refresh token, containerd with credentials) carry scope and service in the form.
        URLSearchParams? form = null;
        if (request.Method == "POST")
        {
            form = await TokenForm.Read(request);
            if (form == null)
                return Answers.Error(new OciError(400, "UNSUPPORTED", "a token post must be an application/x-www-form-urlencoded form of at most " + TokenForm.MaxBytes + " bytes"));
        }
        var clientScopes = new List<string>(query.GetAll("scope"));
        if (form != null)
            foreach (var scope in form.GetAll("scope")) clientScopes.Add(scope);
        var chosen = route.Source == RegistrySource.Default ? null : route.Registry;
        var target = TokenScopes.Resolve(clientScopes, chosen, request.Settings.Registries);
        // A registry the mirror authenticates to itself ignores client tokens: don't spend upstream token requests on them.
        if (access.ManagesUpstreamTokens(target.Registry.Name)) return MirrorTokenService.Placeholder();

        var lookup = await RealmCache.For(target.Registry, request.Settings.UpstreamTimeoutMs);
        if (lookup.Failure != null) return Answers.Error(lookup.Failure);
        // An upstream without a token service still gets clients asking (the ping challenge came from
        // Docker Hub); any token works for it, since it checks none.
        if (lookup.Challenge == null) return TokenForm.Answer(TokenAnswer.NoTokenNeeded, 300);

        var url = new URL(lookup.Challenge.Realm!);
        var headers = ForwardedHeaders.From(request.ClientHeaders, true);
        object? body = null;
        if (form == null)
        {
            var service = lookup.Challenge.Service ?? query.Get("service");
            if (service != null) url.SearchParams.Set("service", service);
            foreach (var scope in target.Scopes) url.SearchParams.Append("scope", scope);
            foreach (var name in PassedParameters)
            {
                var value = query.Get(name);
                if (value != null) url.SearchParams.Set(name, value);
            }
        }
        else
        {
            // The same form (grant_type, username/password or refresh_token, client_id…) with the upstream's names.
            var service = lookup.Challenge.Service ?? form.Get("service");
            if (service != null) form.Set("service", service);
            form.Delete("scope");
            if (target.Scopes.Count > 0) form.Set("scope", string.Join(" ", target.Scopes));
            headers.Set("content-type", "application/x-www-form-urlencoded");
            body = form.ToString();
        }
        var result = await UpstreamFetch.Send(url.Href, request.Method, headers, body, request.Settings.UpstreamTimeoutMs);
        if (result.Response == null) return Answers.Error(result.Failure!);
        // A form post always carries the client's own credentials (a password or a refresh token).
        return await Relay(result.Response, request.Raw.Headers.Has("authorization") || form != null);
    }

    // Token answers are small JSON; success answers get both token and access_token.
    private static async Task<Response> Relay(Response upstream, bool clientCredentials)
    {
        var text = await upstream.Text();
        // Only a usable token answer is relayed as such; anything else becomes a registry error (Access/TokenFaults).
        var fault = TokenFaults.Check(upstream.Status, text);
        if (fault != null)
        {
            var refusal = Answers.Error(fault);
            var basic = upstream.Headers.Get("www-authenticate");
            if (upstream.Status == 401 && basic != null && !basic.ToLowerInvariant().StartsWith("bearer", StringComparison.Ordinal)) refusal.Headers.Set("www-authenticate", basic);
            // A rate-limited token service says when to come back (containerd waits that long, up to a minute, then retries).
            var retryAfter = upstream.Headers.Get("retry-after");
            if (retryAfter != null && (upstream.Status == 429 || upstream.Status == 503)) refusal.Headers.Set("retry-after", retryAfter);
            return refusal;
        }
        // The cache may store what an anonymous token fetches, never what the client's own credentials do.
        if (upstream.Status == 200 && !clientCredentials) await AnonymousTokens.RememberAnswer(text);
        var headers = new Headers();
        headers.Set("content-type", upstream.Headers.Get("content-type") ?? "application/json");
        headers.Set("cache-control", "no-store");
        var challenge = upstream.Headers.Get("www-authenticate");
        if (challenge != null && !challenge.ToLowerInvariant().StartsWith("bearer", StringComparison.Ordinal)) headers.Set("www-authenticate", challenge);
        var body = upstream.Status == 200 ? TokenAnswer.WithBothTokenFields(text) : text;
        return new Response(body, new ResponseInit { Status = upstream.Status, Headers = headers });
    }
}
