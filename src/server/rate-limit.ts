/**
 * Per-caller rate limits (rate-limiter-flexible). Every GraphQL request costs one point, charged at
 * the HTTP layer before the body is read; each root mutation field (what reaches AWS) costs
 * `mutationPoints` more, charged once the document is parsed and validated, before it executes.
 * In memory per process by default; with GATEWAY_REDIS_URL the budget lives in Redis and every
 * replica draws from the same one, with an in-memory insurance limiter while Redis is unreachable.
 */
import type http from "node:http";
import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Redis } from "ioredis";
import { createRedis } from "./redis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { RateLimitConfig } from "../config";
import type { Logger } from "./logger";
import { countRootFields } from "./limits/root-fields";

/** Who is charged: the authenticated caller when there is one, else the client's address. The one place to change that. */
export function callerKey(req: http.IncomingMessage, caller?: { id?: string; kind?: string } | null): string {
  // Without authentication every caller is "anonymous": they are told apart by address instead.
  if (caller?.id && caller.kind !== "anonymous") return `caller:${caller.id}`;
  return `ip:${req.socket.remoteAddress ?? "unknown"}`;
}

export type Admission = { allowed: true } | { allowed: false; retryAfterS: number };

export interface RateLimiter {
  readonly config: RateLimitConfig;
  consume(key: string, points: number): Promise<Admission>;
  close(): Promise<void>;
}

const KEY_PREFIX = "integration-gateway:rl";

export function createRateLimiter(config: RateLimitConfig, logger: Logger): RateLimiter | undefined {
  if (config.points <= 0) return undefined;
  const options = { points: config.points, duration: config.durationS, keyPrefix: KEY_PREFIX };
  let limiter: RateLimiterAbstract;
  let redis: Redis | undefined;
  if (config.redisUrl) {
    // No offline queue: while Redis is down a command fails at once and the insurance limiter answers.
    redis = createRedis(
      config.redisUrl,
      { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 },
      { logger, unreachable: "rate limit store unreachable; limiting in memory per process until it is back", reachable: "rate limit store reachable again" },
    );
    limiter = new RateLimiterRedis({
      ...options,
      storeClient: redis,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  } else {
    limiter = new RateLimiterMemory(options);
  }
  return {
    config,
    async consume(key, points) {
      if (points <= 0) return { allowed: true };
      try {
        await limiter.consume(key, points);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterS: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        // Neither store nor insurance answered: fail open rather than take the gateway down with its store.
        logger.error("rate limiter failed; request let through", { error: rejection instanceof Error ? rejection.name : typeof rejection });
        return { allowed: true };
      }
    },
    async close() {
      if (redis) redis.disconnect();
    },
  };
}

export function rateLimitMessage(config: RateLimitConfig, retryAfterS: number): string {
  return `Rate limit exceeded: ${config.points} points per ${config.durationS} s per caller (1 per request, ${config.mutationPoints} more per root mutation field). Retry after ${retryAfterS} s.`;
}

/** The 429 answer of the HTTP layer (before Apollo): nothing is parsed or executed. */
export function sendTooManyRequests(res: http.ServerResponse, config: RateLimitConfig, retryAfterS: number): void {
  res.writeHead(429, { "content-type": "application/json", "retry-after": String(retryAfterS) });
  res.end(JSON.stringify({ errors: [{ message: rateLimitMessage(config, retryAfterS), extensions: { code: "RATE_LIMITED", retryAfterSeconds: retryAfterS } }] }));
}

/**
 * Charges the root mutation fields once the operation is known (after validation, before
 * execution). Over the limit, the request ends with 429 and `Retry-After`, and nothing executes.
 */
export function rateLimitPlugin(limiter: RateLimiter, requestOf: (context: object) => http.IncomingMessage | undefined): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (operation?.operation !== "mutation") return;
          const req = requestOf(contextValue as object);
          if (!req) return;
          const points = countRootFields(operation, document) * limiter.config.mutationPoints;
          const admission = await limiter.consume(callerKey(req, (contextValue as { caller?: { id?: string; kind?: string } }).caller), points);
          if (admission.allowed) return;
          throw new GraphQLError(rateLimitMessage(limiter.config, admission.retryAfterS), {
            extensions: {
              code: "RATE_LIMITED",
              retryAfterSeconds: admission.retryAfterS,
              http: { status: 429, headers: new HeaderMap([["retry-after", String(admission.retryAfterS)]]) },
            },
          });
        },
      };
    },
  };
}
