// The action wrapper of lib/auth/action.ts with only what needs a Next request replaced: the session
// (the account's row read afresh, as getSessionUser does once next-auth has checked the signed
// cookie), the client's address, revalidation and redirects. The wrapper (createAction), the
// transaction, the audit writer and the data layer stay the production ones. A test file mocks
// the module with it and steers `request` (made with vi.hoisted, so the mock can see it):
//   vi.mock("@/lib/auth/action", async () => (await import("../support/action-deps")).actionModule(request));
import { actionPreset, createAction, OWN_ACCOUNT, resultId, type Permission } from "@/lib/auth/create-action";
import { appendAudit } from "@/lib/audit";
import { unsafeTransaction } from "@/lib/data/transaction";
import { unsafeFindSessionUser } from "@/lib/data/auth";
import type { Locale } from "@/lib/i18n/locale";

export type TestRequest = {
  /** the signed-in account, or null for no session */
  userId: number | null;
  /** the session's version (a new account's is 0) */
  sessionVersion?: number;
  ip?: string;
  /** the viewer's language (the cookie's; Vietnamese when not given) */
  locale?: Locale;
  /** filled with the paths the action revalidates, when given */
  revalidated?: string[];
  /** filled with the context of each error the wrapper logs, when given */
  logged?: unknown[];
};

/** What lib/auth/action.ts exports at run time, built on the test's request. */
export function actionModule(request: TestRequest) {
  const action = createAction({
    getUser: async () => (request.userId === null ? null : unsafeFindSessionUser(request.userId, request.sessionVersion ?? 0)),
    transaction: unsafeTransaction,
    appendAudit,
    getIp: async () => request.ip ?? "203.0.113.9",
    getLocale: async () => request.locale ?? "vi",
    logError: (_message, context) => void request.logged?.push(context),
    revalidatePath: (path) => void request.revalidated?.push(path),
    redirect: (path) => {
      throw new Error(`redirect ${path}`);
    },
  });
  const actionsFor = (permission: Permission, preset?: { revalidate?: readonly string[] }) => actionPreset(action, permission, preset);
  return { action, actionsFor, resultId, OWN_ACCOUNT };
}
