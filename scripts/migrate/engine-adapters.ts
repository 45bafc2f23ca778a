// The throwaway databases the wasm schema engine works in (SQLite `:memory:`, in-memory
// PGlite for PostgreSQL), behind Prisma driver adapters shaped the way the engine calls them.
import type { PGlite } from "@electric-sql/pglite";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Dialect } from "@/lib/db/url";
import { freshPglite, pgliteFrom } from "./pglite-template";

// Structural slices of @prisma/driver-adapter-utils' interfaces: the adapters above implement
// them, and that package is not a direct dependency of ours.
interface SqlQuery {
  sql: string;
  args: unknown[];
  argTypes: unknown[];
}

interface Queryable {
  readonly provider: string;
  readonly adapterName: string;
  queryRaw(query: SqlQuery): Promise<unknown>;
  executeRaw(query: SqlQuery): Promise<number>;
}

interface Transaction extends Queryable {
  readonly options: unknown;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  createSavepoint?(name: string): Promise<void>;
  rollbackToSavepoint?(name: string): Promise<void>;
  releaseSavepoint?(name: string): Promise<void>;
}

interface DriverAdapter extends Queryable {
  executeScript(script: string): Promise<void>;
  startTransaction(isolationLevel?: string): Promise<Transaction>;
  getConnectionInfo?(): unknown;
  dispose(): Promise<void>;
}

type Patch = Partial<Pick<DriverAdapter, "executeRaw" | "executeScript" | "dispose">>;

/** What `SchemaEngine.new` receives: a factory for the main and the shadow database. */
export interface EngineAdapterFactory {
  readonly provider: string;
  readonly adapterName: string;
  connect(): Promise<EngineResult<object>>;
  connectToShadowDb(): Promise<EngineResult<object>>;
}

type EngineResult<T> = { ok: true; value: T } | { ok: false; error: object };

/**
 * The engine does not catch exceptions from adapters: every call must resolve to a Result.
 * Driver errors travel as their mapped payload; any other error is kept here and reaches
 * the engine as "External error id#N", which `explain` turns back into its message.
 */
export class AdapterErrors {
  readonly #errors: unknown[] = [];

  capture<A extends unknown[], T>(call: (...args: A) => Promise<T>): (...args: A) => Promise<EngineResult<T>> {
    return async (...args) => {
      try {
        return { ok: true, value: await call(...args) };
      } catch (error) {
        return { ok: false, error: this.#toPayload(error) };
      }
    };
  }

  captureSync<T>(call: () => T): () => EngineResult<T> {
    return () => {
      try {
        return { ok: true, value: call() };
      } catch (error) {
        return { ok: false, error: this.#toPayload(error) };
      }
    };
  }

  explain(message: string): string {
    return message.replace(/External error id#(\d+)/g, (text, id: string) => {
      const error = this.#errors[Number(id)];
      return error instanceof Error ? error.message : text;
    });
  }

  #toPayload(error: unknown): object {
    // DriverAdapterError, duck-typed: the PGlite adapter ships its own copy of the class.
    const isDriverAdapterError = error instanceof Error && error.name === "DriverAdapterError";
    if (isDriverAdapterError && typeof error.cause === "object" && error.cause) return error.cause;
    this.#errors.push(error);
    return { kind: "GenericJs", id: this.#errors.length - 1 };
  }
}

function bindTransaction(tx: Transaction, errors: AdapterErrors): object {
  return {
    adapterName: tx.adapterName,
    provider: tx.provider,
    options: tx.options,
    queryRaw: errors.capture((query: SqlQuery) => tx.queryRaw(query)),
    executeRaw: errors.capture((query: SqlQuery) => tx.executeRaw(query)),
    commit: errors.capture(() => tx.commit()),
    rollback: errors.capture(() => tx.rollback()),
    ...(tx.createSavepoint && { createSavepoint: errors.capture((name: string) => tx.createSavepoint!(name)) }),
    ...(tx.rollbackToSavepoint && {
      rollbackToSavepoint: errors.capture((name: string) => tx.rollbackToSavepoint!(name)),
    }),
    ...(tx.releaseSavepoint && { releaseSavepoint: errors.capture((name: string) => tx.releaseSavepoint!(name)) }),
  };
}

function bindAdapter(adapter: DriverAdapter, errors: AdapterErrors, patch: Patch = {}): object {
  const executeRaw = patch.executeRaw ?? ((query: SqlQuery) => adapter.executeRaw(query));
  const executeScript = patch.executeScript ?? ((script: string) => adapter.executeScript(script));
  const dispose = patch.dispose ?? (() => adapter.dispose());
  return {
    adapterName: adapter.adapterName,
    provider: adapter.provider,
    queryRaw: errors.capture((query: SqlQuery) => adapter.queryRaw(query)),
    executeRaw: errors.capture(executeRaw),
    executeScript: errors.capture(executeScript),
    dispose: errors.capture(dispose),
    startTransaction: errors.capture(async (isolationLevel?: string) =>
      bindTransaction(await adapter.startTransaction(isolationLevel), errors),
    ),
    ...(adapter.getConnectionInfo && { getConnectionInfo: errors.captureSync(() => adapter.getConnectionInfo!()) }),
  };
}

/** A factory of throwaway databases for the engine, and the means to release them. */
export interface ScratchDatabases {
  factory: EngineAdapterFactory;
  errors: AdapterErrors;
  close(): Promise<void>;
}

export function scratchDatabases(dialect: Dialect): ScratchDatabases {
  return dialect === "postgres" ? pgliteDatabases() : sqliteDatabases();
}

function sqliteDatabases(): ScratchDatabases {
  const errors = new AdapterErrors();
  const inner = new PrismaBetterSqlite3({ url: ":memory:" });
  const opened: DriverAdapter[] = [];

  const open = async (connecting: Promise<DriverAdapter>) => {
    const adapter = await connecting;
    opened.push(adapter);
    // The engine sends whole migration scripts through executeRaw on SQLite, and better-sqlite3
    // prepares one statement at a time; such scripts go to executeScript, which runs exec().
    const executeRaw = async (query: SqlQuery) => {
      try {
        return await adapter.executeRaw(query);
      } catch (error) {
        if (query.args.length > 0 || !isMultiStatementError(error)) throw error;
        await adapter.executeScript(query.sql);
        return 0;
      }
    };
    return bindAdapter(adapter, errors, { executeRaw });
  };

  const factory: EngineAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: errors.capture(() => open(inner.connect())),
    connectToShadowDb: errors.capture(() => open(inner.connectToShadowDb())),
  };
  const close = async () => {
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  };
  return { factory, errors, close };
}

function isMultiStatementError(error: unknown): boolean {
  return error instanceof Error && /more than one statement/.test(error.message);
}

function pgliteDatabases(): ScratchDatabases {
  const errors = new AdapterErrors();
  const opened: PGlite[] = [];
  // The first instance serves as the main database; shadows start from its pristine dump.
  const ready = freshPglite().then(({ instance, pristine }) => {
    opened.push(instance);
    return { main: instance, pristine };
  });

  const open = async (pg: PGlite, dispose: () => Promise<void>) => {
    const adapter: DriverAdapter = await new PrismaPGlite(pg).connect();
    // pglite-prisma-adapter 0.7.2 does not await exec() in executeScript: failures would
    // escape as unhandled rejections instead of failing the migration.
    const executeScript = async (script: string) => {
      await pg.exec(script);
    };
    return bindAdapter(adapter, errors, { executeScript, dispose });
  };

  const factory: EngineAdapterFactory = {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: errors.capture(async () => open((await ready).main, async () => {})),
    connectToShadowDb: errors.capture(async () => {
      const shadow = await pgliteFrom((await ready).pristine);
      opened.push(shadow);
      return open(shadow, () => shadow.close());
    }),
  };
  const close = async () => {
    await ready.catch(() => undefined);
    await Promise.all(opened.filter((pg) => !pg.closed).map((pg) => pg.close()));
  };
  return { factory, errors, close };
}
