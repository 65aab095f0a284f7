/**
 * The third party's consent screen, played by the sandbox: the OAuthAuthorizationUrl of an account
 * association opens this page, and one click on "Approve" completes the association (Deny fails it),
 * so the whole OAuth flow can be tried locally. Self-contained HTML, no external assets.
 */
import type http from "node:http";
import { ASSOCIATIONS, DESTINATIONS, type Association } from "./services/iot-managed-integrations";
import type { SandboxStore } from "./store";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}button{font-size:1rem;padding:.5rem 1.5rem;margin-right:.5rem}</style>
</head><body>${body}</body></html>`;
}

function send(res: http.ServerResponse, status: number, html: string): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'" });
  res.end(html);
}

async function formBody(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/** Handles /oauth/authorize (GET: the consent page) and /oauth/decision (POST: approve or deny). */
export async function handleOAuthPage(req: http.IncomingMessage, res: http.ServerResponse, url: URL, store: SandboxStore): Promise<boolean> {
  const associations = store.collection<Association>(ASSOCIATIONS);
  if (url.pathname === "/oauth/authorize" && req.method === "GET") {
    const association = associations[url.searchParams.get("association") ?? ""];
    if (!association) {
      send(res, 404, page("Unknown request", "<h1>Unknown authorization request</h1>"));
      return true;
    }
    send(
      res,
      200,
      page(
        "Authorize access",
        `<h1>Authorize access</h1>
<p>AWS IoT Managed Integrations asks to access your devices for the account association
<strong>${escape(association.Name ?? association.AccountAssociationId)}</strong>.</p>
<form method="post" action="/oauth/decision">
<input type="hidden" name="association" value="${escape(association.AccountAssociationId)}">
<input type="hidden" name="state" value="${escape(url.searchParams.get("state") ?? "")}">
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>`,
      ),
    );
    return true;
  }
  if (url.pathname === "/oauth/decision" && req.method === "POST") {
    const form = await formBody(req);
    const association = associations[form.get("association") ?? ""];
    if (!association || association.AssociationState !== "ASSOCIATION_IN_PROGRESS") {
      send(res, 400, page("Not pending", "<h1>This authorization request is not pending.</h1>"));
      return true;
    }
    const approved = form.get("decision") === "approve";
    association.AssociationState = approved ? "ASSOCIATION_SUCCEEDED" : "ASSOCIATION_FAILED";
    store.save();
    const redirect = store.collection<{ oAuthCompleteRedirectUrl?: string }>(DESTINATIONS)[association.ConnectorDestinationId]?.oAuthCompleteRedirectUrl;
    if (redirect) {
      res.writeHead(303, { location: redirect });
      res.end();
    } else {
      send(res, 200, page("Done", `<h1>${approved ? "Access approved" : "Access denied"}</h1><p>You can close this window.</p>`));
    }
    return true;
  }
  return false;
}
