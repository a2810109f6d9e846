// The server-action wrapper with its real dependencies. Every "use server" export is
// `export const x = action({ permission, schema, audit: { event, … } }, handler)`; a test enforces it.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { appendAudit } from "@/lib/audit";
import { unsafeTransaction } from "@/lib/data/transaction";
import { getSessionUser } from "@/lib/auth/session";
import { clientIp } from "@/lib/auth/client-ip";
import { createAction } from "@/lib/auth/create-action";

export { OWN_ACCOUNT, type ActionContext, type ActionOptions, type Permission } from "@/lib/auth/create-action";
export type { ActionResult } from "@/lib/auth/action-result";

/**
 * How long a save waits for a connection of the writers' pool, and may run. Prisma's defaults (2 s
 * and 5 s) turned a busy minute into "lỗi hệ thống"; a person waits about ten seconds for a save.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

export const action = createAction({
  getUser: getSessionUser,
  transaction: (work) => unsafeTransaction(work, TRANSACTION_OPTIONS),
  appendAudit,
  getIp: async () => {
    const requestHeaders = await headers();
    return clientIp((name) => requestHeaders.get(name));
  },
  logError: (message, context) => console.error(`[action] ${message}`, context),
  revalidatePath: (path) => revalidatePath(path),
  redirect: (path) => redirect(path),
});
