// Which database constraint did a write break? Prisma reports it in several shapes depending on
// the path (P2002 from the query engine; a DriverAdapterError carrying the PostgreSQL SQLSTATE for
// constraints it has no code for, such as CHECK), so look through the error and its causes.

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

/**
 * Whether an error comes from the database driver, Prisma or the operating system rather than
 * from this app's own Vietnamese refusals: its text (SQL, table names, PostgreSQL's English) must
 * never reach a user or a stored message. Those errors carry a code (SQLSTATE, Prisma's P…, errno)
 * or are Prisma's and the adapter's own classes; the app's refusals carry neither.
 */
export function isSystemError(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  if (typeof field(error, "code") === "string" || typeof field(error, "errno") === "number") return true;
  const name = field(error, "name");
  if (typeof name === "string" && /^(Prisma|DriverAdapter)/.test(name)) return true;
  return isSystemError(field(error, "cause"), depth + 1);
}

/** The message a user may see: the error's own for the app's refusals, `fallback` for system errors. */
export function userFacingMessage(error: unknown, fallback: string): string {
  if (error instanceof Error && !isSystemError(error)) return error.message;
  return fallback;
}
