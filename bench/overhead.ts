/**
 * What a caller feels: createConnection end to end through the gateway, against the same call made
 * directly with the EventBridge SDK, every party in its own process:
 *
 *   load client (node:http keep-alive) --> gateway (dist/src/main.js, aws backend) --\
 *   load client (node:http keep-alive) --> GraphQL Yoga peer (same schema)          --> standalone sandbox
 *   direct SDK caller (EventBridgeClient)  ----------------------------------------/   (dist/src/sandbox/main.js)
 *
 * at concurrency 1, 8 and 32, on loopback and with 30 ms added by the sandbox's latency fault (an AWS
 * region's round trip). Reported: p50 and p99 per party and their ratios to the direct SDK, CPU per
 * mutation of each process (the gateway's from its own /metrics, process_cpu_seconds_total), the
 * speed goals next to the measured values, time to first answer and memory (RSS) idle and after
 * 20,000 mutations. Nothing is asserted: the figures are for reading.
 *
 * Each cell is measured in four rounds whose party order alternates, so machine load drifting during
 * the run weighs on every party alike; each run is preceded by unmeasured warm-up requests.
 */
import { cpus, loadavg } from "node:os";
import type { LoadRequest, LoadResult, LoadTarget } from "./load-client";
import {
  awsEnv,
  firstAnswer,
  gatewaySample,
  startGatewayProcess,
  startLoadClient,
  startSandboxProcess,
  startYogaProcess,
  yogaSample,
  type Child,
  type LoadClient,
  type ProcessSample,
} from "./processes";

type Party = "sdk" | "gateway" | "yoga";
const PARTIES: Party[] = ["sdk", "gateway", "yoga"];
const LABEL: Record<Party, string> = { sdk: "direct SDK", gateway: "gateway", yoga: "Yoga peer" };

export interface OverheadOptions {
  /** Added sandbox latencies, ms. */
  latencies: number[];
  concurrencies: number[];
  /** Measured requests per party and cell, by added latency then concurrency. */
  counts: (latencyMs: number, concurrency: number) => number;
  /** Mutations the gateway (and the peer) has made in all when its RSS is read. */
  memoryMutations: number;
  /** Spawns of each server for the time to first answer (the last one is kept for the rest). */
  startSpawns: number;
  /** Extra node arguments for the measured gateway (the last spawn; e.g. --cpu-prof). */
  gatewayNodeArgs?: string[];
}

export const DEFAULT_OPTIONS: OverheadOptions = {
  latencies: [0, 30],
  concurrencies: [1, 8, 32],
  counts: (latencyMs, concurrency) => (latencyMs === 0 ? { 1: 1000, 8: 1600, 32: 2400 } : { 1: 200, 8: 800, 32: 1600 })[concurrency] ?? 1000,
  memoryMutations: 20_000,
  startSpawns: 3,
};

interface Cell {
  latencyMs: number;
  concurrency: number;
  count: number;
  latencies: Record<Party, number[]>;
  /** Server (or, for sdk, caller) CPU ms summed over the measured requests. */
  cpuMs: Record<Party, number>;
  /** Wall-clock ms of the measured runs. */
  wallMs: Record<Party, number>;
  /** The HTTP load client's own CPU ms (gateway + Yoga runs). */
  clientCpuMs: number;
  clientRequests: number;
  failures: Record<Party, number>;
  firstFailure?: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function stats(values: number[]): { p50: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

class Bench {
  private made: Record<"gateway" | "yoga", number> = { gateway: 0, yoga: 0 };
  private runs = 0;

  constructor(
    private readonly gateway: Child,
    private readonly yoga: Child,
    private readonly httpClient: LoadClient,
    private readonly sdkClient: LoadClient,
  ) {}

  private target(party: Party): LoadTarget {
    return party === "sdk" ? { kind: "sdk" } : { kind: "graphql", url: party === "gateway" ? this.gateway.url : this.yoga.url };
  }

  private sample(party: "gateway" | "yoga"): Promise<ProcessSample> {
    return party === "gateway" ? gatewaySample(this.gateway.url) : yogaSample(this.yoga.url);
  }

  /** Runs `count` requests of one party; for a server, also its CPU seconds over them. */
  async load(party: Party, concurrency: number, count: number): Promise<{ result: LoadResult; serverCpuMs?: number }> {
    const request: LoadRequest = { target: this.target(party), concurrency, count, prefix: `bench-${party}-${this.runs++}` };
    if (party === "sdk") return { result: await this.sdkClient.run(request) };
    const before = await this.sample(party);
    const result = await this.httpClient.run(request);
    const after = await this.sample(party);
    this.made[party] += count;
    return { result, serverCpuMs: (after.cpuSeconds - before.cpuSeconds) * 1000 };
  }

  async warmUp(party: Party, concurrency: number, count: number): Promise<void> {
    const { result } = await this.load(party, concurrency, count);
    if (result.failures) throw new Error(`${LABEL[party]} warm-up: ${result.failures} of ${count} requests failed, first: ${result.firstFailure}`);
  }

  async cell(latencyMs: number, concurrency: number, count: number): Promise<Cell> {
    const cell: Cell = {
      latencyMs,
      concurrency,
      count,
      latencies: { sdk: [], gateway: [], yoga: [] },
      cpuMs: { sdk: 0, gateway: 0, yoga: 0 },
      wallMs: { sdk: 0, gateway: 0, yoga: 0 },
      clientCpuMs: 0,
      clientRequests: 0,
      failures: { sdk: 0, gateway: 0, yoga: 0 },
    };
    const warm = Math.max(2 * concurrency, latencyMs ? 0 : 50);
    const rounds = [PARTIES, [...PARTIES].reverse(), PARTIES, [...PARTIES].reverse()];
    for (const [round, order] of rounds.entries()) {
      for (const party of order) {
        await this.warmUp(party, concurrency, warm);
        // Rounds share the count; the last takes what division left.
        const share = round < rounds.length - 1 ? Math.floor(count / rounds.length) : count - (rounds.length - 1) * Math.floor(count / rounds.length);
        const { result, serverCpuMs } = await this.load(party, concurrency, share);
        cell.latencies[party].push(...result.latenciesMs);
        cell.wallMs[party] += result.wallMs;
        cell.failures[party] += result.failures;
        cell.firstFailure ??= result.firstFailure && `${LABEL[party]}: ${result.firstFailure}`;
        if (party === "sdk") {
          cell.cpuMs.sdk += result.cpuMs;
        } else {
          cell.cpuMs[party] += serverCpuMs!;
          cell.clientCpuMs += result.cpuMs;
          cell.clientRequests += share;
        }
      }
    }
    return cell;
  }

  /** Tops the server's mutation count up to `total` (loopback, concurrency 32) and reads its memory. */
  async memoryAfter(party: "gateway" | "yoga", total: number): Promise<ProcessSample & { made: number }> {
    while (this.made[party] < total) {
      const { result } = await this.load(party, 32, Math.min(5000, total - this.made[party]));
      if (result.failures) throw new Error(`${LABEL[party]}: ${result.failures} mutations failed, first: ${result.firstFailure}`);
    }
    return { ...(await this.sample(party)), made: this.made[party] };
  }

  get mutationsMade(): Record<"gateway" | "yoga", number> {
    return this.made;
  }
}

/** Spawns a server `spawns` times (stopping all but the last), measuring spawn -> first answer each time. */
async function timedStarts(spawns: number, start: (last: boolean) => Promise<Child>): Promise<{ kept: Child; firstAnswerMs: number[]; announcedMs: number[] }> {
  const firstAnswerMs: number[] = [];
  const announcedMs: number[] = [];
  for (let i = 0; ; i++) {
    const child = await start(i === spawns - 1);
    announcedMs.push(child.announcedMs);
    firstAnswerMs.push(await firstAnswer(child, "aws"));
    if (i === spawns - 1) return { kept: child, firstAnswerMs, announcedMs };
    await child.stop();
  }
}

export async function gatewayOverhead(options: OverheadOptions = DEFAULT_OPTIONS): Promise<void> {
  const sandbox = await startSandboxProcess();
  const stops: Array<() => Promise<void>> = [sandbox.stop];
  try {
    console.log(`\n2. Start and idle memory (aws backend against a standalone sandbox; spawn -> first answer to { gatewayInfo { backend } }, median of ${options.startSpawns} spawns)`);
    const gStart = await timedStarts(options.startSpawns, (last) => startGatewayProcess(sandbox.url, last ? options.gatewayNodeArgs : []));
    stops.unshift(gStart.kept.stop);
    const yStart = await timedStarts(options.startSpawns, () => startYogaProcess(sandbox.url));
    stops.unshift(yStart.kept.stop);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const gIdle = await gatewaySample(gStart.kept.url);
    const yIdle = await yogaSample(yStart.kept.url);
    console.log("   server".padEnd(14), "'started' line".padStart(15), "first answer".padStart(13), "all spawns (first answer, ms)".padStart(31), "idle RSS".padStart(10), "idle heap".padStart(10));
    for (const [name, s, idle] of [["gateway", gStart, gIdle], ["Yoga peer", yStart, yIdle]] as const) {
      console.log(
        `   ${name}`.padEnd(14),
        `${median(s.announcedMs).toFixed(0)} ms`.padStart(15),
        `${median(s.firstAnswerMs).toFixed(0)} ms`.padStart(13),
        s.firstAnswerMs.map((ms) => ms.toFixed(0)).join(", ").padStart(31),
        `${mb(idle.rssBytes)} MB`.padStart(10),
        `${mb(idle.heapUsedBytes)} MB`.padStart(10),
      );
    }

    const env = awsEnv(sandbox.url);
    const httpClient = startLoadClient(env);
    const sdkClient = startLoadClient(env);
    stops.unshift(httpClient.stop, sdkClient.stop);
    const bench = new Bench(gStart.kept, yStart.kept, httpClient, sdkClient);
    // JIT warm-up of every party (unmeasured) before the first cell.
    for (const party of PARTIES) await bench.warmUp(party, 8, 1000);

    const cells: Cell[] = [];
    for (const latencyMs of options.latencies) {
      await sandbox.setLatency(latencyMs);
      for (const concurrency of options.concurrencies) cells.push(await bench.cell(latencyMs, concurrency, options.counts(latencyMs, concurrency)));
    }
    await sandbox.setLatency(0);

    const latencyName = (ms: number) => (ms ? `+${ms} ms` : "loopback");
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log("\n3. End to end: createConnection through the gateway vs the same call with the EventBridge SDK directly (latency in ms)");
    console.log("   every party in its own process; HTTP client: node:http keep-alive, one socket per concurrent request; the gateway logs at its");
    console.log("   default level (info: a request line and an audit line per mutation) to a pipe the bench drains;");
    console.log("   sandbox latency: 'loopback' = none added, '+30 ms' = sandbox latency fault on every call; four rounds per cell, party order alternating");
    console.log(
      "  ",
      "sandbox".padEnd(9),
      "conc".padStart(4),
      "requests".padStart(8),
      "| direct SDK".padEnd(15),
      "| gateway".padEnd(15),
      "| Yoga peer".padEnd(15),
      "| gateway/SDK".padEnd(14),
      "| Yoga/SDK".padEnd(14),
      "| gateway/Yoga",
    );
    console.log("  ", "".padEnd(9), "".padStart(4), "".padStart(8), ...Array.from({ length: 5 }, () => "|   p50    p99".padEnd(14)), "|  p50   p99");
    for (const c of cells) {
      const s = { sdk: stats(c.latencies.sdk), gateway: stats(c.latencies.gateway), yoga: stats(c.latencies.yoga) };
      console.log(
        "  ",
        latencyName(c.latencyMs).padEnd(9),
        String(c.concurrency).padStart(4),
        String(c.count).padStart(8),
        ...PARTIES.map((p) => `| ${s[p].p50.toFixed(2).padStart(5)} ${s[p].p99.toFixed(2).padStart(6)}`.padEnd(15)),
        `| ${ratio(s.gateway.p50, s.sdk.p50).padStart(5)} ${ratio(s.gateway.p99, s.sdk.p99).padStart(5)}`.padEnd(14),
        `| ${ratio(s.yoga.p50, s.sdk.p50).padStart(5)} ${ratio(s.yoga.p99, s.sdk.p99).padStart(5)}`.padEnd(14),
        `| ${ratio(s.gateway.p50, s.yoga.p50).padStart(4)} ${ratio(s.gateway.p99, s.yoga.p99).padStart(5)}`,
      );
    }
    const failed = cells.filter((c) => PARTIES.some((p) => c.failures[p] > 0));
    for (const c of failed) console.log(`   FAILED requests at ${latencyName(c.latencyMs)}, concurrency ${c.concurrency}: ${PARTIES.map((p) => `${LABEL[p]} ${c.failures[p]}`).join(", ")}; first: ${c.firstFailure}`);

    console.log("\n4. CPU per mutation, ms (process CPU time user+system / measured requests, per cell), and mutations per second");
    console.log("   gateway: its /metrics process_cpu_seconds_total before and after; Yoga peer: process.cpuUsage(); direct SDK: the caller process;");
    console.log("   HTTP client: the load generator that drives the gateway and the peer (its share of the latencies above)");
    console.log(
      "  ",
      "sandbox".padEnd(9),
      "conc".padStart(4),
      "|",
      "gateway".padStart(7),
      "Yoga peer".padStart(9),
      "direct SDK".padStart(10),
      "HTTP client".padStart(11),
      "gateway-SDK".padStart(11),
      "| mutations/s:",
      "gateway".padStart(7),
      "Yoga".padStart(6),
      "SDK".padStart(6),
    );
    for (const c of cells) {
      const per = (ms: number, n = c.count) => (ms / n).toFixed(2);
      const rate = (p: Party) => ((c.count / c.wallMs[p]) * 1000).toFixed(0);
      console.log(
        "  ",
        latencyName(c.latencyMs).padEnd(9),
        String(c.concurrency).padStart(4),
        "|",
        per(c.cpuMs.gateway).padStart(7),
        per(c.cpuMs.yoga).padStart(9),
        per(c.cpuMs.sdk).padStart(10),
        per(c.clientCpuMs, c.clientRequests).padStart(11),
        per(c.cpuMs.gateway - c.cpuMs.sdk).padStart(11),
        "|".padEnd(14),
        rate("gateway").padStart(7),
        rate("yoga").padStart(6),
        rate("sdk").padStart(6),
      );
    }

    console.log("\n5. Speed goals (tracked here, never asserted): gateway/direct-SDK p50 ratio");
    const goals: Array<[number, number, number]> = [
      [0, 1, 1.5],
      [30, 8, 1.05],
      [30, 32, 1.2],
    ];
    for (const [latencyMs, concurrency, goal] of goals) {
      const c = cells.find((x) => x.latencyMs === latencyMs && x.concurrency === concurrency);
      if (!c) continue;
      const sdk = stats(c.latencies.sdk).p50;
      const measured = stats(c.latencies.gateway).p50 / sdk;
      const verdict = `   ${`${latencyName(latencyMs)}, concurrency ${concurrency}`.padEnd(28)} goal <= ${goal.toFixed(2)}   measured ${measured.toFixed(2)}   ${(measured <= goal ? "pass" : "FAIL").padEnd(4)}`;
      if (concurrency === 1) {
        // One request at a time: the gap is mostly the gateway's own CPU time per request, shown next to it.
        const gap = stats(c.latencies.gateway).p50 - sdk;
        console.log(`${verdict}   (p50 gap ${gap.toFixed(2)} ms; CPU per mutation gateway ${(c.cpuMs.gateway / c.count).toFixed(2)} ms vs SDK caller ${(c.cpuMs.sdk / c.count).toFixed(2)} ms)`);
      } else {
        // Keeping up: the rate the direct SDK sustains at this concurrency, times the gateway's CPU per mutation.
        const rate = (concurrency / sdk) * 1000;
        const cores = (rate * c.cpuMs.gateway) / c.count / 1000;
        console.log(`${verdict}   (at the direct SDK's pace, ${rate.toFixed(0)} mutations/s, the gateway needs ${cores.toFixed(2)} of ${cpus().length} CPUs)`);
      }
    }

    const gMem = await bench.memoryAfter("gateway", options.memoryMutations);
    const yMem = await bench.memoryAfter("yoga", options.memoryMutations);
    console.log(`\n6. Memory after ${options.memoryMutations.toLocaleString("en-US")} mutations (every createConnection the server answered in this run; the rest made at concurrency 32, loopback)`);
    console.log("   gateway: process_resident_memory_bytes and nodejs_heap_size_used_bytes from its /metrics; Yoga peer: process.memoryUsage(); no forced GC");
    for (const [name, idle, after] of [["gateway", gIdle, gMem], ["Yoga peer", yIdle, yMem]] as const) {
      console.log(`   ${name.padEnd(10)} RSS idle ${mb(idle.rssBytes)} MB -> ${mb(after.rssBytes)} MB after ${after.made.toLocaleString("en-US")} mutations; heap used ${mb(idle.heapUsedBytes)} MB -> ${mb(after.heapUsedBytes)} MB`);
    }
  } finally {
    for (const stop of stops) await stop();
  }
}

export function describeMachine(): string {
  const [one, five] = loadavg();
  return `${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? "?"}), load average ${one!.toFixed(2)} / ${five!.toFixed(2)} (1 / 5 min) at start`;
}
