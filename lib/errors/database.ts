// What kind of database failure is this? Prisma reports failures in several shapes depending on
// the path (a P-code from the query engine; a DriverAdapterError carrying the PostgreSQL SQLSTATE;
// a plain `pg` error with its SQLSTATE or a Node socket code), so every check looks through the
// error and its causes. A broken constraint or a transient failure becomes a code of lib/errors
// (the user reads its catalogue message); the database's own text, which names tables and values,
// stays in the server's log.
import { AppError, type AppErrorCode } from "./index";

export type ConstraintViolation = "unique" | "check" | "foreignKey" | "notNull";

/**
 * A failure that says nothing about the request itself and may not happen again: the transaction
 * lost a deadlock or a serialisation race ("conflict"), the database cannot be reached or dropped
 * the connection ("connection"), or no connection or lock could be had in time ("busy").
 */
export type TransientFailure = "conflict" | "connection" | "busy";

const BY_PRISMA_CODE: Record<string, ConstraintViolation> = { P2002: "unique", P2003: "foreignKey", P2011: "notNull" };
const BY_SQLSTATE: Record<string, ConstraintViolation> = {
  "23505": "unique",
  "23514": "check",
  "23503": "foreignKey",
  "23502": "notNull",
};
const BY_ADAPTER_KIND: Record<string, ConstraintViolation> = {
  UniqueConstraintViolation: "unique",
  ForeignKeyConstraintViolation: "foreignKey",
  NullConstraintViolation: "notNull",
};

const TRANSIENT_BY_CODE: Record<string, TransientFailure> = {
  // PostgreSQL SQLSTATEs
  "40001": "conflict", // serialization_failure
  "40P01": "conflict", // deadlock_detected
  "55P03": "busy", // lock_not_available (lock_timeout)
  "53300": "busy", // too_many_connections
  "57P01": "connection", // admin_shutdown: the server is restarting
  "57P02": "connection", // crash_shutdown
  "57P03": "connection", // cannot_connect_now: the server is starting
  "08000": "connection",
  "08001": "connection",
  "08003": "connection",
  "08004": "connection",
  "08006": "connection",
  // Node sockets
  ECONNREFUSED: "connection",
  ECONNRESET: "connection",
  EPIPE: "connection",
  ETIMEDOUT: "connection",
  // Prisma
  P1001: "connection", // can't reach the database
  P1002: "connection", // timed out reaching it
  P1017: "connection", // the server closed the connection
  P2024: "busy", // timed out waiting for a pooled connection
  P2028: "busy", // the interactive transaction could not start (or outlived its timeout)
  P2034: "conflict", // write conflict or deadlock
};
const TRANSIENT_BY_ADAPTER_KIND: Record<string, TransientFailure> = {
  TransactionWriteConflict: "conflict",
  DatabaseNotReachable: "connection",
  ConnectionClosed: "connection",
  SocketTimeout: "connection",
  TooManyConnections: "busy",
};
// `pg` and `pg-pool` say these in plain text only
const TRANSIENT_BY_MESSAGE: [RegExp, TransientFailure][] = [
  [/^Connection terminated/, "connection"],
  [/is not queryable/, "connection"],
  [/^timeout exceeded when trying to connect/, "busy"],
  [/^Connection terminated due to connection timeout/, "busy"],
];

function field(value: object, key: string): unknown {
  return (value as Record<string, unknown>)[key];
}

/** The first answer `look` gives for the error or one of its causes (Prisma's driver error included). */
function search<T>(error: unknown, look: (error: object) => T | null, depth = 0): T | null {
  if (typeof error !== "object" || error === null || depth > 5) return null;
  const found = look(error);
  if (found !== null) return found;
  const meta = field(error, "meta");
  const nested = [field(error, "cause"), typeof meta === "object" && meta !== null ? field(meta, "driverAdapterError") : undefined];
  for (const inner of nested) {
    const deeper = search(inner, look, depth + 1);
    if (deeper !== null) return deeper;
  }
  return null;
}

function codesOf(error: object): string[] {
  return ["code", "originalCode"].map((key) => field(error, key)).filter((code): code is string => typeof code === "string");
}

/** The broken constraint's kind, or null when the error is not a constraint violation. */
export function constraintViolation(error: unknown): ConstraintViolation | null {
  return search(error, (e) => {
    for (const code of codesOf(e)) {
      const found = BY_PRISMA_CODE[code] ?? BY_SQLSTATE[code];
      if (found) return found;
    }
    const kind = field(e, "kind");
    return typeof kind === "string" ? (BY_ADAPTER_KIND[kind] ?? null) : null;
  });
}

/** The kind of transient failure, or null when retrying the same request would fail the same way. */
export function transientFailure(error: unknown): TransientFailure | null {
  return search(error, (e) => {
    for (const code of codesOf(e)) {
      const found = TRANSIENT_BY_CODE[code];
      if (found) return found;
    }
    const kind = field(e, "kind");
    if (typeof kind === "string" && TRANSIENT_BY_ADAPTER_KIND[kind]) return TRANSIENT_BY_ADAPTER_KIND[kind];
    const message = field(e, "message");
    if (typeof message !== "string") return null;
    return TRANSIENT_BY_MESSAGE.find(([pattern]) => pattern.test(message))?.[1] ?? null;
  });
}

const VIOLATION_CODES = {
  unique: "UNIQUE_VIOLATION",
  check: "CHECK_VIOLATION",
  foreignKey: "FOREIGN_KEY_VIOLATION",
  notNull: "NOT_NULL_VIOLATION",
} as const satisfies Record<ConstraintViolation, AppErrorCode>;

/** The error as the user may see it: itself when an AppError, its code when a broken constraint, else null. */
export function knownError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const violation = constraintViolation(error);
  return violation ? new AppError(VIOLATION_CODES[violation], {}, { cause: error }) : null;
}

const TRANSIENT_CODES = { conflict: "BUSY", busy: "BUSY", connection: "UNAVAILABLE" } as const satisfies Record<TransientFailure, AppErrorCode>;

/** A transient failure as its code (UNAVAILABLE or BUSY: nothing was written, send again later); null for any other error. */
export function transientError(error: unknown): AppError<"UNAVAILABLE" | "BUSY"> | null {
  const transient = transientFailure(error);
  return transient ? new AppError(TRANSIENT_CODES[transient], {}, { cause: error }) : null;
}
