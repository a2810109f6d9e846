// One place that builds the PostgreSQL driver adapter, for the app (lib/db.ts) and for
// Prisma's JavaScript schema engine (prisma.config.ts). No "server-only" import: the Prisma
// CLI loads this file too.
//
// Works around two bugs of @prisma/adapter-pg with the WebAssembly schema engine
// (prisma/orm#27403, DESIGN §7):
// 1. catalog columns of type `name` (oid 19) and `"char"` (oid 18) make the adapter throw
//    UnsupportedNativeDataType; the schema engine reads such columns while introspecting,
//    so we read them as `text` (oid 25). A `"char"` column is then reported to the engine as
//    a Character column, which is what it reads (pg_constraint.contype); as plain text the
//    engine panics ("unreachable") as soon as the database has a CHECK constraint.
// 2. the adapter builds the shadow database's pool from the main pool's options, whose
//    connectionString still names the main database, and drops the shadow database before
//    closing that pool. We build the shadow pool from discrete fields and drop the database
//    WITH (FORCE) after the pool has closed.
// And one more of the same family: executeScript splits a migration on every ";", which cuts
// PL/pgSQL bodies apart. We send the script whole, as one simple-protocol query (which
// PostgreSQL runs as one implicit transaction, so a failing migration leaves nothing behind).
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";

const TEXT_OID = 25;
const NAME_OID = 19;
const CHAR_OID = 18;

type FieldList = { dataTypeID: number }[];

/** Rows of a result → indexes of its `"char"` columns, read back by reportCharColumns. */
const charColumnsByRows = new WeakMap<object, number[]>();

function retypeCatalogFields<T>(result: T): T {
  const { fields, rows } = (result ?? {}) as { fields?: FieldList; rows?: object };
  if (!Array.isArray(fields)) return result;
  const charColumns: number[] = [];
  fields.forEach((field, index) => {
    if (field.dataTypeID === CHAR_OID) charColumns.push(index);
    if (field.dataTypeID === CHAR_OID || field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  });
  if (charColumns.length > 0 && rows) charColumnsByRows.set(rows, charColumns);
  return result;
}

class CatalogTextClient extends pg.Client {
  // pg's query() has many overloads; we only post-process whatever result comes back.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (err: Error | null, res: unknown) => void;
      args[args.length - 1] = (err: Error | null, res: unknown) => callback(err, retypeCatalogFields(res));
    }
    const outcome = (super.query as (...a: unknown[]) => unknown)(...args);
    if (outcome && typeof (outcome as Promise<unknown>).then === "function") {
      return (outcome as Promise<unknown>).then(retypeCatalogFields) as never;
    }
    return outcome as never;
  }
}

export type ConnectionFields = {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
};

export function connectionFields(url: string): ConnectionFields {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username || "postgres"),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "") || "postgres"),
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function patchForSchemaEngine(adapter: Adapter): Adapter {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsByRows.get(result.rows) ?? []) {
      result.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return result;
  };

  const reportError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      reportError(error);
    }
  };
  return adapter;
}

class ShadowAwarePrismaPg extends PrismaPg {
  constructor(
    pool: pg.Pool,
    private readonly fields: ConnectionFields,
  ) {
    // the client owns its pool: $disconnect() ends it (lib/db.ts closeDatabase relies on this)
    super(pool, { disposeExternalPool: true });
  }

  override async connect(): Promise<Adapter> {
    return patchForSchemaEngine(await super.connect());
  }

  override async connectToShadowDb(): ReturnType<PrismaPg["connectToShadowDb"]> {
    const database = `prisma_shadow_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ ...this.fields });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();

    const shadowPool = new pg.Pool({ ...this.fields, database, Client: CatalogTextClient, max: 2, allowExitOnIdle: true });
    const shadow = new PrismaPg(shadowPool, { disposeExternalPool: true });
    const adapter = patchForSchemaEngine(await shadow.connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      const dropper = new pg.Client({ ...this.fields });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    };
    return adapter;
  }
}

export type PoolOptions = {
  max?: number;
  applicationName?: string;
  /** let the process exit while connections sit idle (command-line tools never close the pool) */
  allowExitOnIdle?: boolean;
  /** how long a caller waits for a free connection before pg-pool gives up (default: forever) */
  connectionTimeoutMillis?: number;
};

/**
 * Every pool gets an `error` listener: an idle connection that PostgreSQL closes (a restart, an
 * administrator's pg_terminate_backend) emits `error` on its pool, and without a listener Node turns
 * that into an uncaughtException. pg-pool has already dropped the connection; the next query opens
 * a new one, so logging is all there is to do.
 */
export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  const applicationName = options.applicationName ?? "cchc-dashboard";
  const pool = new pg.Pool({
    ...connectionFields(url),
    Client: CatalogTextClient,
    max: options.max ?? 10,
    application_name: applicationName,
    allowExitOnIdle: options.allowExitOnIdle ?? false,
    ...(options.allowExitOnIdle ? { idleTimeoutMillis: 100 } : {}),
    ...(options.connectionTimeoutMillis ? { connectionTimeoutMillis: options.connectionTimeoutMillis } : {}),
  });
  pool.on("error", (error) => {
    console.error(`[db] ${applicationName}: idle connection lost (${error.message}); the pool opens a new one when needed`);
  });
  return pool;
}

export function createPgAdapter(url: string, options: PoolOptions = {}): PrismaPg {
  return new ShadowAwarePrismaPg(createPool(url, options), connectionFields(url));
}
