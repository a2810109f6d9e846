// The server-action wrapper with its real dependencies. Every "use server" export is
// `export const x = action({ permission, schema, audit: { event, … } }, handler)`, or made by a preset
// of this file, `const manage = actionsFor(permission)` then `export const x = manage(schema, write, { audit })`;
// a test enforces it.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/locale";
import { appendAudit } from "@/lib/audit";
import { unsafeTransaction } from "@/lib/data/transaction";
import { syncChanges } from "@/lib/data/province/cache";
import { getSessionUser } from "@/lib/auth/session";
import { clientIp } from "@/lib/auth/client-ip";
import { actionPreset, createAction, type Permission } from "@/lib/auth/create-action";

export { OWN_ACCOUNT, resultId, type ActionContext, type ActionOptions, type Permission } from "@/lib/auth/create-action";
export type { ActionResult } from "@/lib/auth/action-result";

export const action = createAction({
  getUser: getSessionUser,
  // after COMMIT, this process hears of the change before the writer's page re-renders (issue 19)
  transaction: async (work) => {
    const result = await unsafeTransaction(work);
    await syncChanges();
    return result;
  },
  appendAudit,
  getIp: async () => {
    const requestHeaders = await headers();
    return clientIp((name) => requestHeaders.get(name));
  },
  // the request's language (the cookie of lib/i18n/request.ts): no query per action
  getLocale: async () => toLocale(await getLocale()),
  logError: (message, context) => console.error(`[action] ${message}`, context),
  revalidatePath: (path) => revalidatePath(path),
  redirect: (path) => redirect(path),
});

/** The actions of one permission, built by `action` (lib/auth/create-action.ts actionPreset). */
export const actionsFor = (permission: Permission, preset?: { revalidate?: readonly string[] }) => actionPreset(action, permission, preset);
