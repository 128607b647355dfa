// A stand-in Worker shaped like the compiled one: it imports the page from ../html/ as a text module.
import page from "../html/index.html";

export default {
  async fetch(request) {
    return new Response(page.replaceAll("{{host}}", new URL(request.url).host), { headers: { "content-type": "text/html" } });
  },
};
