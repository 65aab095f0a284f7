/**
 * Seeded fault injection: throttling, server errors, latency and dropped connections at configured
 * rates. The PRNG (mulberry32) is seeded, so the same seed gives the same sequence of faults.
 */
import type { ServiceName } from "./errors";

export interface FaultConfig {
  seed?: number;
  throttleRate?: number;
  serverErrorRate?: number;
  latencyMs?: number;
  latencyRate?: number;
  dropRate?: number;
  /** Limit the faults to one service and/or operation. */
  service?: ServiceName;
  operation?: string;
}

export type Fault = { kind: "none" | "throttle" | "serverError" | "drop"; latencyMs: number };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultController {
  private config: FaultConfig = {};
  private random: () => number = mulberry32(1);
  readonly applied = { throttle: 0, serverError: 0, drop: 0, latency: 0 };

  constructor(config: FaultConfig = {}) {
    this.set(config);
  }

  get(): FaultConfig {
    return { ...this.config };
  }

  /** Replaces the configuration and reseeds, so a run can be repeated. */
  set(config: FaultConfig): void {
    for (const key of ["throttleRate", "serverErrorRate", "latencyRate", "dropRate"] as const) {
      const rate = config[key];
      if (rate !== undefined && !(rate >= 0 && rate <= 1)) throw new Error(`${key} must be between 0 and 1`);
    }
    this.config = { ...config };
    this.random = mulberry32(config.seed ?? 1);
  }

  decide(service: ServiceName, operation: string): Fault {
    const c = this.config;
    if ((c.service && c.service !== service) || (c.operation && c.operation !== operation)) return { kind: "none", latencyMs: 0 };
    const latencyMs = c.latencyMs && this.random() < (c.latencyRate ?? 1) ? c.latencyMs : 0;
    if (latencyMs) this.applied.latency++;
    const roll = this.random();
    let edge = 0;
    for (const [kind, rate] of [["drop", c.dropRate], ["throttle", c.throttleRate], ["serverError", c.serverErrorRate]] as const) {
      edge += rate ?? 0;
      if (roll < edge) {
        this.applied[kind]++;
        return { kind, latencyMs };
      }
    }
    return { kind: "none", latencyMs };
  }
}

export function faultConfigFromEnv(env: NodeJS.ProcessEnv): FaultConfig | undefined {
  const num = (name: string) => (env[name] !== undefined && env[name] !== "" ? Number(env[name]) : undefined);
  const config: FaultConfig = {
    seed: num("SANDBOX_FAULT_SEED"),
    throttleRate: num("SANDBOX_FAULT_THROTTLE_RATE"),
    serverErrorRate: num("SANDBOX_FAULT_SERVER_ERROR_RATE"),
    latencyMs: num("SANDBOX_FAULT_LATENCY_MS"),
    latencyRate: num("SANDBOX_FAULT_LATENCY_RATE"),
    dropRate: num("SANDBOX_FAULT_DROP_RATE"),
  };
  const set = Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined));
  return Object.keys(set).length ? (set as FaultConfig) : undefined;
}
