/** The sandbox's own endpoints under /_sandbox/: health, fault configuration, reset. Not AWS APIs. */
import type http from "node:http";
import type { FaultController } from "./faults";
import { readBody, sendJson } from "./http";
import type { Recorder } from "./recorder";
import type { SandboxStore } from "./store";

export interface AdminParts {
  store: SandboxStore;
  faults: FaultController;
  recorder: Recorder;
}

export async function handleAdmin(req: http.IncomingMessage, res: http.ServerResponse, url: URL, parts: AdminParts): Promise<void> {
  const route = `${req.method} ${url.pathname}`;
  if (route === "GET /_sandbox/health") return sendJson(res, 200, { status: "ok" });
  if (route === "GET /_sandbox/faults") return sendJson(res, 200, { config: parts.faults.get(), applied: parts.faults.applied });
  if (route === "PUT /_sandbox/faults") {
    let config: unknown;
    try {
      config = JSON.parse(await readBody(req));
    } catch {
      return sendJson(res, 400, { message: "the body must be a JSON fault configuration" });
    }
    try {
      parts.faults.set(config as never);
    } catch (error) {
      return sendJson(res, 400, { message: (error as Error).message });
    }
    return sendJson(res, 200, { config: parts.faults.get(), applied: parts.faults.applied });
  }
  if (route === "POST /_sandbox/reset") {
    parts.store.reset();
    parts.recorder.clear();
    return sendJson(res, 200, { status: "reset" });
  }
  sendJson(res, 404, { message: "unknown sandbox admin route: GET /_sandbox/health, GET|PUT /_sandbox/faults, POST /_sandbox/reset" });
}
