// Which database constraint did a write break? Prisma reports it in several shapes depending on
// the path (P2002 from the query engine; a DriverAdapterError carrying the PostgreSQL SQLSTATE for
// constraints it has no code for, such as CHECK), so look through the error and its causes.
// The answer is a code (the user reads its catalogue message); the database's own text, which
// names tables and values, stays in the server's log.
import { AppError, type AppErrorCode } from "./index";

export type ConstraintViolation = "unique" | "check" | "foreignKey" | "notNull";

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

function field(value: object, key: string): unknown {
  return (value as Record<string, unknown>)[key];
}

/** The broken constraint's kind, or null when the error is not a constraint violation. */
export function constraintViolation(error: unknown, depth = 0): ConstraintViolation | null {
  if (typeof error !== "object" || error === null || depth > 5) return null;
  for (const key of ["code", "originalCode"]) {
    const code = field(error, key);
    if (typeof code === "string") {
      const found = BY_PRISMA_CODE[code] ?? BY_SQLSTATE[code];
      if (found) return found;
    }
  }
  const kind = field(error, "kind");
  if (typeof kind === "string" && BY_ADAPTER_KIND[kind]) return BY_ADAPTER_KIND[kind];

  const meta = field(error, "meta");
  const nested = [field(error, "cause"), typeof meta === "object" && meta !== null ? field(meta, "driverAdapterError") : undefined];
  for (const inner of nested) {
    const found = constraintViolation(inner, depth + 1);
    if (found) return found;
  }
  return null;
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
