// The Prisma client for whichever database DATABASE_URL names. Server-only.
import "server-only";
import { createPrismaClient, type Db } from "./create-client";

const holder = globalThis as { __gatehouseDb?: Db };

/** One client per process (kept across dev-server module reloads). */
export const db: Db = (holder.__gatehouseDb ??= createPrismaClient());
export type { Db };

/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
