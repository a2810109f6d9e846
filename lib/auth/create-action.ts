// The one path of every server action (STYLE §3): session → role and agency scope → zod →
// one transaction holding the write and its audit row. Built from injected dependencies so the
// decisions are tested without Next or a database; lib/auth/action.ts wires the real ones.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, toViewer, type Action, type Viewer } from "@/lib/auth/permissions";
import { ActionError, type ActionFailure, type ActionResult, type FieldErrors } from "@/lib/auth/action-result";
import { constraintViolation, transientFailure } from "@/lib/db/errors";
import { retryConflicts } from "@/lib/db/retry";
import { t } from "@/lib/i18n";
import { formCharacterErrors } from "@/lib/validations/input";
import type { AuditEntry } from "@/lib/data/audit";

/**
 * For actions on the viewer's own account only (change password): every signed-in user may run
 * them, so the decision table needs no row for them. The handler must act on `ctx.viewer.userId`,
 * never on an id taken from the input.
 */
export const OWN_ACCOUNT = "ownAccount";
export type Permission = Action | typeof OWN_ACCOUNT;

/** The signed-in user as the wrapper needs it: the viewer plus the pending password change. */
export type ActionUser = Viewer & { mustChangePassword: boolean };

export type ActionContext = { viewer: Viewer; tx: Prisma.TransactionClient; ip: string | null };

/**
 * A callback below that reads the handler's result must annotate it, e.g.
 * `entityId: (_input, result: Saved) => String(result.id)`: TypeScript types these callbacks
 * before it reads the handler, which comes second.
 */
export type ActionOptions<S extends z.ZodType, R> = {
  permission: Permission;
  schema: S;
  /** The agency the input's resource belongs to (null: province-wide); checked against the viewer. */
  resourceAgencyId?: (input: z.infer<S>) => number | null;
  audit: {
    action: string;
    entity: string;
    entityId?: (input: z.infer<S>, result: R) => string | null;
    /** What to record besides who, what and when. Never put passwords or tokens here. */
    details?: (input: z.infer<S>, result: R) => Prisma.InputJsonValue;
  };
  /** Paths to revalidate after a successful commit. */
  revalidate?: (input: z.infer<S>, result: R) => string[];
  /** Where to go after a successful commit (Next's redirect, outside every try/catch). */
  redirectTo?: (input: z.infer<S>, result: R) => string;
};

export type ServerAction<R> = (prev: ActionResult<R> | undefined, formData: FormData) => Promise<ActionResult<R>>;

export type ActionDeps = {
  getUser: () => Promise<ActionUser | null>;
  transaction: <T>(work: (tx: Prisma.TransactionClient) => Promise<T>) => Promise<T>;
  appendAudit: (tx: Prisma.TransactionClient, entry: AuditEntry) => Promise<void>;
  getIp: () => Promise<string | null>;
  logError: (message: string, context: Record<string, unknown>) => void;
  revalidatePath: (path: string) => void;
  redirect: (path: string) => never;
};

function failure(message: string, fieldErrors: FieldErrors = {}): ActionFailure {
  return { ok: false, fieldErrors, message };
}

/** FormData as a plain object: one value per name, or an array when a name repeats. */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const values: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const name of new Set(formData.keys())) {
    // React adds its own $ACTION_* fields to progressively enhanced forms.
    if (name.startsWith("$ACTION")) continue;
    const all = formData.getAll(name);
    values[name] = all.length === 1 && all[0] !== undefined ? all[0] : all;
  }
  return values;
}

const VIOLATION_MESSAGES = {
  unique: t("action.unique"),
  check: t("action.check"),
  foreignKey: t("action.foreignKey"),
  notNull: t("action.notNull"),
} as const;

export function createAction(deps: ActionDeps) {
  return function action<S extends z.ZodType, R>(
    options: ActionOptions<S, R>,
    handler: (input: z.infer<S>, ctx: ActionContext) => Promise<R>,
  ): ServerAction<R> {
    if (options.permission === OWN_ACCOUNT && options.resourceAgencyId) {
      throw new Error(`${options.audit.action}: an own-account action has no agency resource`);
    }

    async function refuse(viewer: Viewer, ip: string | null, agencyId: number | null): Promise<ActionFailure> {
      await deps.transaction((tx) =>
        deps.appendAudit(tx, {
          actorId: viewer.userId,
          action: "ACTION_FORBIDDEN",
          entity: options.audit.entity,
          agencyId,
          ip,
          details: { permission: options.permission, attempted: options.audit.action, role: viewer.role },
        }),
      );
      return failure(t("action.forbidden"));
    }

    return async function run(_prev, formData) {
      const user = await deps.getUser();
      if (!user) return failure(t("action.sessionExpired"));
      const viewer: Viewer = toViewer(user);
      const ip = await deps.getIp();
      const permission = options.permission;

      if (permission !== OWN_ACCOUNT) {
        if (user.mustChangePassword) return failure(t("action.mustChangePassword"));
        if (!can(viewer, permission)) return refuse(viewer, ip, null);
      }

      // A forged post may call the action with anything as its second argument.
      if (!(formData instanceof FormData)) return failure(t("action.invalid"));
      const values = formDataToObject(formData);
      // NUL and other control characters never reach a schema, let alone the database.
      const badCharacters = formCharacterErrors(values);
      if (Object.keys(badCharacters).length > 0) return failure(t("action.invalid"), badCharacters);
      const parsed = options.schema.safeParse(values);
      if (!parsed.success) {
        const { fieldErrors } = z.flattenError(parsed.error) as { fieldErrors: FieldErrors };
        return failure(t("action.invalid"), fieldErrors);
      }
      const input: z.infer<S> = parsed.data;

      const agencyId = options.resourceAgencyId ? options.resourceAgencyId(input) : null;
      if (permission !== OWN_ACCOUNT && options.resourceAgencyId && !can(viewer, permission, { agencyId })) {
        return refuse(viewer, ip, agencyId);
      }

      let result: R;
      try {
        // a transaction that lost a deadlock or serialisation race was rolled back whole: run it again
        result = await retryConflicts(() => deps.transaction(async (tx) => {
          const value = await handler(input, { viewer, tx, ip });
          await deps.appendAudit(tx, {
            actorId: viewer.userId,
            action: options.audit.action,
            entity: options.audit.entity,
            entityId: options.audit.entityId?.(input, value) ?? null,
            agencyId,
            ip,
            details: options.audit.details?.(input, value),
          });
          return value;
        }), {
          onRetry: (error, attempt, delayMs) =>
            deps.logError(`server action ${options.audit.action} lost a race (attempt ${attempt}), retrying in ${delayMs} ms`, { error }),
        });
      } catch (error) {
        if (error instanceof ActionError) return failure(error.message, error.fieldErrors);
        const violation = constraintViolation(error);
        if (violation) return failure(VIOLATION_MESSAGES[violation]);
        const transient = transientFailure(error);
        if (transient) {
          // nothing was written; the form keeps what the user typed, and may simply be sent again
          deps.logError(`server action ${options.audit.action} could not run (${transient})`, { userId: viewer.userId, error });
          return failure(t(transient === "connection" ? "action.unavailable" : "action.busy"));
        }
        deps.logError(`server action ${options.audit.action} failed`, {
          entity: options.audit.entity,
          permission,
          userId: viewer.userId,
          error,
        });
        return failure(t("action.failed"));
      }

      for (const path of options.revalidate?.(input, result) ?? []) deps.revalidatePath(path);
      if (options.redirectTo) deps.redirect(options.redirectTo(input, result));
      return { ok: true, data: result };
    };
  };
}
