// The one path of every server action (STYLE §3): session → role and agency scope → zod →
// one transaction holding the write and its audit row. Built from injected dependencies so the
// decisions are tested without Next or a database; lib/auth/action.ts wires the real ones.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, toViewer, type Action, type Viewer } from "@/lib/auth/permissions";
import type { ActionFailure, ActionResult, FieldErrors } from "@/lib/auth/action-result";
import type { AuditDetails, AuditEventName, AuditRecord } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { knownError, transientError } from "@/lib/errors/database";
import { retryConflicts } from "@/lib/db/retry";
import { fieldMessagesOf, formCharacterErrors } from "@/lib/validations/issue-messages";
import type { Locale } from "@/lib/i18n/locale";

/**
 * For actions on the viewer's own account only (change password): every signed-in user may run
 * them, so the decision table needs no row for them. The handler must act on `ctx.viewer.userId`,
 * never on an id taken from the input.
 */
export const OWN_ACCOUNT = "ownAccount";
export type Permission = Action | typeof OWN_ACCOUNT;

/** The signed-in user as the wrapper needs it: the viewer plus the pending password change. */
export type ActionUser = Viewer & { mustChangePassword: boolean };

/** What a handler gets besides its input; `locale` is the viewer's language, for text the data layer words (rule findings, plan problems). */
export type ActionContext = { viewer: Viewer; tx: Prisma.TransactionClient; ip: string | null; locale: Locale };

/** An event without details takes none; any other takes exactly its schema's (lib/audit). */
type DetailsOption<I, R, E extends AuditEventName> = undefined extends AuditDetails<E>
  ? { details?: never }
  : { /** What to record besides who, what and when. Never passwords or tokens. */ details: (input: I, result: R) => AuditDetails<E> };

/** The audit row written with the handler's work: an event of lib/audit, and what it records. */
export type AuditOption<I, R, E extends AuditEventName> = {
  /** The event; or the one the input and the result call for (a submit is REPORT_SUBMITTED, a draft REPORT_SAVED). */
  event: E | ((input: I, result: R) => E);
  entityId?: (input: I, result: R) => string | null;
} & DetailsOption<I, R, E>;

/**
 * A callback below that reads the handler's result must annotate it, e.g.
 * `entityId: (_input, result: Saved) => String(result.id)`: TypeScript types these callbacks
 * before it reads the handler, which comes second. An `event` chosen by a function annotates both
 * parameters (`(_input: unknown, result: Saved) => …`), so that the event is inferred from it.
 */
export type ActionOptions<S extends z.ZodType, R, E extends AuditEventName> = {
  permission: Permission;
  schema: S;
  /** The agency the input's resource belongs to (null: province-wide); checked against the viewer. */
  resourceAgencyId?: (input: z.infer<S>) => number | null;
  audit: AuditOption<z.infer<S>, R, E>;
  /** Paths to revalidate after a successful commit. */
  revalidate?: (input: z.infer<S>, result: R) => string[];
  /** Where to go after a successful commit (Next's redirect, outside every try/catch). */
  redirectTo?: (input: z.infer<S>, result: R) => string;
};

export type ServerAction<R> = (prev: ActionResult<R> | undefined, formData: FormData) => Promise<ActionResult<R>>;

export type ActionDeps = {
  getUser: () => Promise<ActionUser | null>;
  transaction: <T>(work: (tx: Prisma.TransactionClient) => Promise<T>) => Promise<T>;
  appendAudit: (tx: Prisma.TransactionClient, record: AuditRecord) => Promise<void>;
  getIp: () => Promise<string | null>;
  /** The viewer's language (issue 23): refusals and field errors are worded in it. */
  getLocale: () => Promise<Locale>;
  logError: (message: string, context: Record<string, unknown>) => void;
  revalidatePath: (path: string) => void;
  redirect: (path: string) => never;
};

/** The refusal as the form shows it, in the viewer's language: the code's message, and the field messages (its own and any given). */
function failure(locale: Locale, error: AppError, fieldErrors: FieldErrors = {}): ActionFailure {
  return { ok: false, code: error.code, fieldErrors: { ...fieldErrors, ...error.fieldMessages(locale) }, message: error.userMessage(locale) };
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

export function createAction(deps: ActionDeps) {
  return function action<S extends z.ZodType, R, E extends AuditEventName>(
    options: ActionOptions<S, R, E>,
    handler: (input: z.infer<S>, ctx: ActionContext) => Promise<R>,
  ): ServerAction<R> {
    if (options.permission === OWN_ACCOUNT && options.resourceAgencyId) {
      throw new Error(`${options.permission}: an own-account action has no agency resource`);
    }

    /** Refused by the decision table: audited (who tried which permission on which agency), nothing else. */
    async function refuse(locale: Locale, viewer: Viewer, ip: string | null, agencyId: number | null): Promise<ActionFailure> {
      await deps.transaction((tx) =>
        deps.appendAudit(tx, {
          event: "ACTION_FORBIDDEN",
          actorId: viewer.userId,
          entityId: options.permission,
          agencyId,
          ip,
          details: { role: viewer.role, ...(typeof options.audit.event === "string" ? { attempted: options.audit.event } : {}) },
        }),
      );
      return failure(locale, new AppError("FORBIDDEN"));
    }

    return async function run(_prev, formData) {
      const [user, locale] = await Promise.all([deps.getUser(), deps.getLocale()]);
      if (!user) return failure(locale, new AppError("SESSION_EXPIRED"));
      const viewer: Viewer = toViewer(user);
      const ip = await deps.getIp();
      const permission = options.permission;

      if (permission !== OWN_ACCOUNT) {
        if (user.mustChangePassword) return failure(locale, new AppError("MUST_CHANGE_PASSWORD"));
        if (!can(viewer, permission)) return refuse(locale, viewer, ip, null);
      }

      // A forged post may call the action with anything as its second argument.
      if (!(formData instanceof FormData)) return failure(locale, new AppError("INVALID_INPUT"));
      const values = formDataToObject(formData);
      // NUL and other control characters never reach a schema, let alone the database.
      const badCharacters = formCharacterErrors(values, locale);
      if (Object.keys(badCharacters).length > 0) return failure(locale, new AppError("INVALID_INPUT"), badCharacters);
      const parsed = options.schema.safeParse(values);
      if (!parsed.success) {
        return failure(locale, new AppError("INVALID_INPUT"), fieldMessagesOf(parsed.error, locale));
      }
      const input: z.infer<S> = parsed.data;

      const agencyId = options.resourceAgencyId ? options.resourceAgencyId(input) : null;
      if (permission !== OWN_ACCOUNT && options.resourceAgencyId && !can(viewer, permission, { agencyId })) {
        return refuse(locale, viewer, ip, agencyId);
      }

      const { audit } = options;
      let result: R;
      try {
        // a transaction that lost a deadlock or serialisation race was rolled back whole: run it again
        result = await retryConflicts(() => deps.transaction(async (tx) => {
          const value = await handler(input, { viewer, tx, ip, locale });
          const event = typeof audit.event === "function" ? audit.event(input, value) : audit.event;
          // E and its details were matched by the option's type; appendAudit checks them again against the schema.
          const record = {
            event,
            actorId: viewer.userId,
            entityId: audit.entityId?.(input, value) ?? null,
            agencyId,
            ip,
            details: audit.details?.(input, value),
          } as AuditRecord;
          await deps.appendAudit(tx, record);
          return value;
        }), {
          onRetry: (error, attempt, delayMs) =>
            deps.logError(`server action ${permission} lost a race (attempt ${attempt}), retrying in ${delayMs} ms`, { error }),
        });
      } catch (error) {
        const known = knownError(error);
        if (known) return failure(locale, known);
        const transient = transientError(error);
        if (transient) {
          // nothing was written; the form keeps what the user typed, and may simply be sent again
          deps.logError(`server action ${permission} could not run (${transient.code})`, { permission, userId: viewer.userId, error });
          return failure(locale, transient);
        }
        // Anything else (a driver error, a bug): its text stays in the log, the user reads a code.
        deps.logError(`server action ${permission} failed`, { permission, userId: viewer.userId, error });
        return failure(locale, new AppError("INTERNAL_ERROR"));
      }

      for (const path of options.revalidate?.(input, result) ?? []) deps.revalidatePath(path);
      if (options.redirectTo) deps.redirect(options.redirectTo(input, result));
      return { ok: true, data: result };
    };
  };
}

/** The `action` a createAction(…) returns: a preset builds its actions with it. */
export type ActionFactory = ReturnType<typeof createAction>;

/** A data-layer write as an action runs it (STYLE §2): viewer first, and it re-checks its own scope. */
export type DataWrite<I, R> = (tx: Prisma.TransactionClient, viewer: Viewer, input: I, locale: Locale) => Promise<R>;

/** The audit row's entity when it is the written row's id. */
export const resultId = (_input: unknown, result: { id: number }) => String(result.id);

/** One action of a preset: its audit row, and paths or a redirect of its own (its `revalidate` replaces the preset's). */
export type PresetOptions<S extends z.ZodType, R, E extends AuditEventName> = Omit<ActionOptions<S, R, E>, "permission" | "schema">;

/**
 * The actions of one permission (a section's actions.ts), each `preset(schema, write, options)`:
 * the same wrapper and guarantees as `action(…)` — session → role and agency → zod → one
 * transaction → audit — with the permission and the paths to revalidate said once. The write comes
 * before the options, so their callbacks know its result type without annotations.
 */
export function actionPreset(action: ActionFactory, permission: Permission, preset: { revalidate?: readonly string[] } = {}) {
  return function presetAction<S extends z.ZodType, R, E extends AuditEventName>(
    schema: S,
    write: DataWrite<z.infer<S>, R>,
    options: PresetOptions<S, R, E>,
  ): ServerAction<R> {
    const paths = preset.revalidate ?? [];
    return action(
      { revalidate: () => [...paths], ...options, permission, schema },
      (input, { tx, viewer, locale }) => write(tx, viewer, input, locale),
    );
  };
}
