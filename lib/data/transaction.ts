// One transaction on the process's writers' pool (getWriteDb), for the server-action wrapper
// (lib/auth/action.ts), which must not hold the Prisma client itself.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getWriteDb } from "@/lib/db";

/**
 * Runs `work` in one transaction. Scope: none of its own — the wrapper calls it after the
 * session, role and agency checks (and for the audit row of a refusal), and the work it runs is
 * the checked handler, whose data-layer calls take the viewer.
 */
export function unsafeTransaction<T>(
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: { maxWait?: number; timeout?: number },
): Promise<T> {
  return getWriteDb().$transaction(work, options);
}
