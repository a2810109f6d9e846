// Units and reorganisations as Home Affairs and the administrator enter them (issue 15): the forms'
// fields and the reorganisation editor's draft, which travels as JSON in one form field. Shared by
// the forms, the server actions, the preview route and the 2025 recording command.
import { z } from "zod";
import { AdminLevel, AgencyKind } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/validations/messages";
import { isLocalDate } from "@/lib/metrics/periods";
import { LINE_KINDS } from "@/lib/org/types";
import type { ReorganisationDraft, UserDecision } from "@/lib/org/plan";
import { choiceParam, flagParam, idParam, textParam } from "@/lib/validations/search-params";

const emptyAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const id = z.coerce.number({ error: msg("org.error.unit") }).int({ error: msg("org.error.unit") }).positive({ error: msg("org.error.unit") });
const day = z.string({ error: msg("org.error.date") }).trim().refine(isLocalDate, { error: msg("org.error.date") });
const code = z.string({ error: msg("org.error.code") }).trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, { error: msg("org.error.code") });
const name = z.string({ error: msg("org.error.name") }).trim().min(2, { error: msg("org.error.name") }).max(200, { error: msg("org.error.name") });
const shortName = z.preprocess(emptyAsUndefined, z.string().trim().max(80, { error: msg("org.error.shortName") }).optional());
const kind = z.enum(AgencyKind, { error: msg("org.error.kind") });
const level = z.enum(AdminLevel, { error: msg("org.error.level") });
const optionalId = z.preprocess((value) => emptyAsUndefined(value) ?? null, id.nullable());

export const createAgencySchema = z.object({ code, name, shortName, kind, level, parentId: optionalId, validFrom: day });
export type CreateAgencyInput = z.infer<typeof createAgencySchema>;

export const updateAgencySchema = z.object({ agencyId: id, code, name, shortName });
export type UpdateAgencyInput = z.infer<typeof updateAgencySchema>;

const text = (max: number, message: string) => z.string({ error: message }).trim().min(1, { error: message }).max(max, { error: message });
const optionalText = (max: number) => z.preprocess((value) => emptyAsUndefined(value) ?? null, z.string().trim().max(max, { error: msg("org.error.note") }).nullable());

const unitRef = z.union([z.object({ existing: id }).strict(), z.object({ created: z.string().trim().min(1).max(40) }).strict()], { error: msg("org.error.unit") });

const draftSchema = z.object({
  act: z.object({
    actNumber: text(80, msg("org.error.actNumber")),
    actDate: day,
    issuer: text(200, msg("org.error.issuer")),
    title: text(500, msg("org.error.title")),
    effectiveOn: day,
    note: optionalText(2000),
    synthetic: z.boolean().default(false),
  }),
  newUnits: z
    .array(z.object({ key: z.string().trim().min(1).max(40), code, name, shortName: z.string().trim().max(80).nullable().default(null), kind, level, parent: unitRef.nullable() }))
    .max(200),
  lines: z
    .array(
      z.object({
        kind: z.enum(LINE_KINDS, { error: msg("org.error.lineKind") }),
        predecessorId: id,
        successor: unitRef.nullable(),
        share: z.number({ error: msg("org.error.share") }).gt(0, { error: msg("org.error.share") }).lte(1, { error: msg("org.error.share") }),
        toParent: unitRef.nullable().default(null),
        note: optionalText(500),
      }),
    )
    .min(1, { error: msg("org.error.noLines") })
    .max(2000),
}) satisfies z.ZodType<ReorganisationDraft>;

const decisionsSchema = z
  .array(z.union([z.object({ userId: id, action: z.literal("move"), to: unitRef }), z.object({ userId: id, action: z.literal("deactivate") })]))
  .max(5000) satisfies z.ZodType<UserDecision[]>;

/** A JSON field of a form: parsed, then checked by `schema`; an unreadable text is the field's error. */
function json<T extends z.ZodType>(schema: T) {
  return z
    .string({ error: msg("org.error.draft") })
    .max(2_000_000, { error: msg("org.error.draft") })
    .transform((value, ctx) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: msg("org.error.draft") });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

export const reorganisationSchema = z.object({ draft: json(draftSchema), decisions: json(decisionsSchema).default([]) });
export type ReorganisationInput = z.infer<typeof reorganisationSchema>;

/** The preview route's body: the same draft and decisions, as JSON. */
export const previewSchema = z.object({ draft: draftSchema, decisions: decisionsSchema.default([]) });

// ───────────── the pages' URLs (PAGE_PARAMS) ─────────────

export const UNIT_STATUSES = ["current", "ended", "all"] as const;
const KINDS = Object.values(AgencyKind) as [AgencyKind, ...AgencyKind[]];

/** The units list (`?status=ended&kind=COMMUNE&q=…`): in force today unless asked otherwise. */
export const unitListParams = () =>
  z
    .object({ status: choiceParam(UNIT_STATUSES).optional(), kind: choiceParam(KINDS).optional(), q: textParam(100).optional() })
    .transform((input) => ({ status: input.status ?? "current", kind: input.kind, q: input.q ?? "" }));

/** A new reorganisation, opened from a unit's "close" link (`?close=12`). */
export const newReorganisationParams = () => z.object({ close: idParam().optional() });

/** An act's page after it was applied (`?applied=1`) says so. */
export const appliedParams = () => z.object({ applied: flagParam() });
