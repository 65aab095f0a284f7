/**
 * The third party's consent screen, played by the sandbox: an account association's
 * OAuthAuthorizationUrl opens this page, "Approve" completes the association and "Deny" fails it,
 * so the whole OAuth flow can be tried locally. Self-contained HTML, no external assets.
 */
import type http from "node:http";
import { timingSafeEqual } from "node:crypto";
import { readBody, send } from "./http";
import { ASSOCIATIONS, DESTINATIONS, oauthCompleteRedirectUrl, type Association, type Destination } from "./services/iot-managed-integrations";
import { redirectUrlProblem } from "./services/iot-managed-integrations/shared";
import type { SandboxStore } from "./store";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  "x-frame-options": "DENY",
  "cache-control": "no-store",
  "referrer-policy": "no-referrer",
};

function page(res: http.ServerResponse, status: number, title: string, body: string): void {
  send(
    res,
    status,
    HEADERS,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}
button{font-size:1rem;padding:.5rem 1.5rem;margin-right:.5rem;cursor:pointer}.approve{background:#1a7f37;color:#fff;border:0}</style>
</head><body><h1>${escape(title)}</h1>${body}</body></html>`,
  );
}

const sameState = (a: string | undefined, b: string | null) =>
  !!a && !!b && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The pending association a request refers to, if its `state` matches. */
function pending(store: SandboxStore, id: string | null, state: string | null): Association | undefined {
  const association = store.collection<Association>(ASSOCIATIONS)[id ?? ""];
  return association && sameState(association.oauthState, state) ? association : undefined;
}

/** GET /oauth/authorize: the consent page. POST /oauth/decision: approve or deny. Returns false for other paths. */
export async function handleOAuthPage(req: http.IncomingMessage, res: http.ServerResponse, url: URL, store: SandboxStore): Promise<boolean> {
  if (url.pathname === "/oauth/authorize" && req.method === "GET") {
    const association = pending(store, url.searchParams.get("association"), url.searchParams.get("state"));
    if (!association) {
      page(res, 404, "Unknown authorization request", "<p>This link does not belong to an account association of this sandbox.</p>");
    } else if (association.AssociationState !== "ASSOCIATION_IN_PROGRESS") {
      page(res, 409, "Already decided", "<p>This authorization request was already approved or denied.</p>");
    } else {
      page(
        res,
        200,
        "Authorize access",
        `<p>AWS IoT Managed Integrations asks to access your devices for the account association
<strong>${escape(association.Name ?? association.AccountAssociationId)}</strong>.</p>
<form method="post" action="/oauth/decision">
<input type="hidden" name="association" value="${escape(association.AccountAssociationId)}">
<input type="hidden" name="state" value="${escape(association.oauthState ?? "")}">
<button class="approve" type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>`,
      );
    }
    return true;
  }
  if (url.pathname === "/oauth/decision" && req.method === "POST") {
    const form = new URLSearchParams(await readBody(req));
    const association = pending(store, form.get("association"), form.get("state"));
    const decision = form.get("decision");
    if (!association || association.AssociationState !== "ASSOCIATION_IN_PROGRESS" || (decision !== "approve" && decision !== "deny")) {
      page(res, 400, "Not pending", "<p>This authorization request is not pending.</p>");
      return true;
    }
    const approved = decision === "approve";
    association.AssociationState = approved ? "ASSOCIATION_SUCCEEDED" : "ASSOCIATION_FAILED";
    if (!approved) association.ErrorMessage = "The end user denied access";
    store.save();
    const destination = store.collection<Destination>(DESTINATIONS)[association.ConnectorDestinationId];
    // Checked again here: a data file from an older sandbox may hold a URL that is refused today.
    const redirect = destination && oauthCompleteRedirectUrl(destination);
    if (redirect && !redirectUrlProblem(redirect)) send(res, 303, { location: new URL(redirect).href, "cache-control": "no-store", "referrer-policy": "no-referrer" }, "");
    else page(res, 200, approved ? "Access approved" : "Access denied", "<p>You can close this window.</p>");
    return true;
  }
  return false;
}
