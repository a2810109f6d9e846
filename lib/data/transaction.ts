// One transaction on the process's writers' pool (getWriteDb), for the server-action wrapper
// (lib/auth/action.ts), which must not hold the Prisma client itself.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getWriteDb } from "@/lib/db";

/**
 * How long a write waits for a connection of the writers' pool, and may run. Prisma's defaults (2 s
 * and 5 s) turned a busy minute into "lỗi hệ thống" (and a 503 of an export's audit row in CI); a
 * person waits about ten seconds for a save.
 */
export const WRITE_TRANSACTION = { maxWait: 10_000, timeout: 30_000 } as const;

/**
 * Runs `work` in one transaction. Scope: none of its own — the wrapper calls it after the
 * session, role and agency checks (and for the audit row of a refusal), and the work it runs is
 * the checked handler, whose data-layer calls take the viewer.
 */
export function unsafeTransaction<T>(
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  options: { maxWait?: number; timeout?: number } = WRITE_TRANSACTION,
): Promise<T> {
  return getWriteDb().$transaction(work, options);
}
