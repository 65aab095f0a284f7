/**
 * Seeded fault injection: throttling, server errors, added latency, dropped connections and dropped
 * answers (the operation ran, the client never hears back) at configured rates, optionally only for one service and/or operation. Setting a configuration
 * reseeds the PRNG, so a run repeats exactly.
 */
import type { ServiceName } from "./operation";
import { mulberry32 } from "./prng";

export interface FaultConfig {
  /** PRNG seed (default 1). */
  seed?: number;
  /** Share of requests answered with ThrottlingException, 0..1. */
  throttleRate?: number;
  /** Share of requests answered with a 500 (InternalServerException / EventBridge InternalException), 0..1. */
  serverErrorRate?: number;
  /** Delay added to a request, in ms... */
  latencyMs?: number;
  /** ...to this share of requests (default 1 when latencyMs is set). */
  latencyRate?: number;
  /** Share of requests whose connection is destroyed without a response, before the operation runs, 0..1. */
  dropRate?: number;
  /**
   * Share of requests whose operation runs (and is stored) but whose connection is then destroyed
   * without the answer, 0..1: AWS's lost acknowledgement, for testing how a client reconciles.
   */
  dropAfterRate?: number;
  /** Only requests to this service (name or signing name: appflow, eventbridge/events, iot-managed-integrations/iotmanagedintegrations). */
  service?: string;
  /** Only requests for this operation, e.g. CreateConnection. */
  operation?: string;
}

export type FaultKind = "none" | "throttle" | "serverError" | "drop" | "dropAfter";
export interface Fault {
  kind: FaultKind;
  latencyMs: number;
}

const RATES = ["throttleRate", "serverErrorRate", "latencyRate", "dropRate", "dropAfterRate"] as const;
const KEYS = new Set<string>([...RATES, "seed", "latencyMs", "service", "operation"]);
const SERVICE_ALIASES: Record<string, ServiceName> = {
  appflow: "appflow",
  eventbridge: "eventbridge",
  events: "eventbridge",
  "iot-managed-integrations": "iot-managed-integrations",
  iotmanagedintegrations: "iot-managed-integrations",
};

/** Throws a message naming the offending key when a configuration is not usable. */
export function checkFaultConfig(config: unknown): FaultConfig {
  if (typeof config !== "object" || config === null || Array.isArray(config)) throw new Error("fault configuration must be a JSON object");
  const c = config as Record<string, unknown>;
  for (const key of Object.keys(c)) if (!KEYS.has(key)) throw new Error(`unknown fault setting ${key}`);
  for (const key of RATES) {
    if (c[key] !== undefined && !(typeof c[key] === "number" && c[key] >= 0 && c[key] <= 1)) throw new Error(`${key} must be a number from 0 to 1`);
  }
  for (const key of ["seed", "latencyMs"]) {
    if (c[key] !== undefined && !(typeof c[key] === "number" && Number.isInteger(c[key]) && c[key] >= 0)) throw new Error(`${key} must be a whole number >= 0`);
  }
  const total = ((c.throttleRate as number) ?? 0) + ((c.serverErrorRate as number) ?? 0) + ((c.dropRate as number) ?? 0) + ((c.dropAfterRate as number) ?? 0);
  if (total > 1) throw new Error("throttleRate + serverErrorRate + dropRate + dropAfterRate must not exceed 1");
  if (c.service !== undefined && !SERVICE_ALIASES[c.service as string]) throw new Error(`service must be one of ${Object.keys(SERVICE_ALIASES).join(", ")}`);
  if (c.operation !== undefined && typeof c.operation !== "string") throw new Error("operation must be a string");
  return { ...c } as FaultConfig;
}

export class FaultController {
  private config: FaultConfig = {};
  private random: () => number = mulberry32(1);
  /** How many times each fault was applied since the sandbox started (tests assert on these). */
  readonly applied = { throttle: 0, serverError: 0, drop: 0, dropAfter: 0, latency: 0 };

  constructor(config: FaultConfig = {}) {
    this.set(config);
  }

  get(): FaultConfig {
    return { ...this.config };
  }

  /** Replaces the whole configuration ({} turns faults off) and reseeds. */
  set(config: FaultConfig): void {
    this.config = checkFaultConfig(config);
    this.random = mulberry32(this.config.seed ?? 1);
  }

  /** The fault for one request; draws from the PRNG only for requests in scope. */
  decide(service: ServiceName, operation: string): Fault {
    const c = this.config;
    if ((c.service && SERVICE_ALIASES[c.service] !== service) || (c.operation && c.operation !== operation)) return { kind: "none", latencyMs: 0 };
    const latencyMs = c.latencyMs && this.random() < (c.latencyRate ?? 1) ? c.latencyMs : 0;
    if (latencyMs) this.applied.latency++;
    const roll = this.random();
    let edge = 0;
    // dropAfter comes last, so adding it leaves the draws of an existing configuration as they were.
    for (const [kind, rate] of [["drop", c.dropRate], ["throttle", c.throttleRate], ["serverError", c.serverErrorRate], ["dropAfter", c.dropAfterRate]] as const) {
      edge += rate ?? 0;
      if (roll < edge) {
        this.applied[kind]++;
        return { kind, latencyMs };
      }
    }
    return { kind: "none", latencyMs };
  }
}

/** The SANDBOX_FAULT_* variables; undefined when none is set. */
export function faultConfigFromEnv(env: NodeJS.ProcessEnv): FaultConfig | undefined {
  const num = (name: string) => {
    const raw = env[name];
    if (raw === undefined || raw === "") return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value)) throw new Error(`${name} must be a number`);
    return value;
  };
  const text = (name: string) => (env[name] ? env[name] : undefined);
  const config: Record<string, unknown> = {
    seed: num("SANDBOX_FAULT_SEED"),
    throttleRate: num("SANDBOX_FAULT_THROTTLE_RATE"),
    serverErrorRate: num("SANDBOX_FAULT_SERVER_ERROR_RATE"),
    latencyMs: num("SANDBOX_FAULT_LATENCY_MS"),
    latencyRate: num("SANDBOX_FAULT_LATENCY_RATE"),
    dropRate: num("SANDBOX_FAULT_DROP_RATE"),
    dropAfterRate: num("SANDBOX_FAULT_DROP_AFTER_RATE"),
    service: text("SANDBOX_FAULT_SERVICE"),
    operation: text("SANDBOX_FAULT_OPERATION"),
  };
  const set = Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined));
  if (!Object.keys(set).length) return undefined;
  try {
    return checkFaultConfig(set);
  } catch (error) {
    throw new Error(`SANDBOX_FAULT_*: ${(error as Error).message}`);
  }
}
