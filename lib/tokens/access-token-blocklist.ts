// Access tokens revoked one by one (RFC 7009), remembered until they would have expired.
// The database always holds them; with Upstash configured they are also in Redis, which every
// instance reads first (the database answers when Redis does not).
import "server-only";
import { Redis } from "@upstash/redis";
import { db } from "@/lib/db/client";
import { rawRead, type RawSql } from "@/lib/db/raw-read";
import { settings } from "@/lib/config/settings";

const REDIS_TIMEOUT_MS = 500;
const key = (jti: string) => `gatehouse:revoked-jti:${jti}`;

let redis: Redis | null | undefined;
function sharedRedis(): Redis | null {
  if (redis === undefined) {
    const upstash = settings().rateLimit.upstash;
    redis = upstash ? new Redis({ url: upstash.url, token: upstash.token, retry: false, enableTelemetry: false }) : null;
  }
  return redis;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error("Redis timed out")), REDIS_TIMEOUT_MS).unref())]);
}

export async function blockAccessToken({ jti, expiresAt, now = new Date() }: { jti: string; expiresAt: Date; now?: Date }): Promise<void> {
  if (expiresAt.getTime() <= now.getTime()) return;
  await db.revokedAccessToken.upsert({ where: { jti }, create: { jti, expiresAt }, update: {} });
  const shared = sharedRedis();
  if (shared) {
    const seconds = Math.ceil((expiresAt.getTime() - now.getTime()) / 1000);
    await withTimeout(shared.set(key(jti), 1, { ex: seconds })).catch((error: Error) => {
      console.warn(`Revoked-token blocklist: Redis did not take ${jti.slice(0, 6)}…, the database has it (${error.message})`);
    });
  }
}

export async function isAccessTokenBlocked(jti: string): Promise<boolean> {
  const shared = sharedRedis();
  if (shared) {
    try {
      if ((await withTimeout(shared.exists(key(jti)))) > 0) return true;
    } catch {
      // Redis down: the database decides (it holds every entry too).
    }
  }
  return (await rawRead(blockedSql, jti)).length > 0;
}

// Read on every bearer check, so a raw read rather than a Prisma query.
const blockedSql: RawSql = (param) => `SELECT 1 AS "blocked" FROM "RevokedAccessToken" WHERE "jti" = ${param(1)}`;
