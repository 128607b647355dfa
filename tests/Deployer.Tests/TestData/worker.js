// A stand-in Worker for the deployer's tests: answers /v2/ like a registry mirror would (401 with the
// realm on the host it was reached by) and shows its vars, so uploads and `dev --var` can be asserted.
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === "/v2/" || url.pathname === "/v2") {
      return new Response(JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message: "authentication required" }] }), {
        status: 401,
        headers: {
          "content-type": "application/json",
          "www-authenticate": `Bearer realm="${url.protocol}//${url.host}/token",service="registry.docker.io"`,
        },
      });
    }
    return new Response(`deployer-test-worker UPSTREAM=${env.UPSTREAM}`, { headers: { "content-type": "text/plain" } });
  },
};
