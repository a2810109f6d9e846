// The audit log's vocabulary: every event the application writes, with the kind of record it
// concerns and a zod schema of its details — one discriminated union (documenso's
// ZDocumentAuditLogSchema is the model). The database keeps `action` and `entity` as strings;
// the type lives here. Details are strict: a key the schema does not name (a password, a whole
// form post) is refused, not stored. Add an event here before writing it.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locale";
import { DELIVERY_FREQUENCIES, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import {
  AgencyKind,
  AssessmentGroup,
  ImportKind,
  IndicatorUnit,
  InspectionTarget,
  OwnerRole,
  ParArea,
  ReportStatus,
  Role,
  RuleImportance,
  RuleKind,
  RuleOperator,
  StaffCategory,
  TargetUnit,
} from "@/lib/generated/prisma/enums";

/** The kinds of record an event concerns (a table's name, singular). */
export const AUDIT_ENTITIES = [
  "user",
  "permission",
  "api_token",
  "import",
  "reporting_period",
  "indicator",
  "validation_rule",
  "quota_decision",
  "staffing_quota",
  "target",
  "inspection_flag",
  "agency_assessment",
  "rating_band",
  "assessment_criterion",
  "index_score",
  "index_component",
  "index_component_owner",
  "report",
  "agency",
  "reorganisation",
  "export",
  "job_schedule",
  "setting",
  "service_index_entry",
  "service_index_published",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** An event whose details follow `details`; the entity is implied by the event (callers may name it, it must match). */
function event<const Name extends string, const Entity extends AuditEntity, const Shape extends z.core.$ZodLooseShape>(
  name: Name,
  entity: Entity,
  details: Shape,
) {
  return z.strictObject({ event: z.literal(name), entity: z.literal(entity).default(entity), details: z.strictObject(details) });
}

/** An event that carries no details. */
function bare<const Name extends string, const Entity extends AuditEntity>(name: Name, entity: Entity) {
  return z.strictObject({ event: z.literal(name), entity: z.literal(entity).default(entity), details: z.undefined().optional() });
}

const id = z.number().int().positive();
const count = z.number().int().nonnegative();
const localDate = z.iso.date();
const text = (max: number) => z.string().max(max);

const reportStep = { version: count, status: z.enum(ReportStatus), comments: count };
const reportSave = { version: count, status: z.enum(ReportStatus), changed: z.array(text(64)) };
const unitName = { code: text(32), name: text(200) };
const decision = { number: text(60), year: z.number().int(), decidedOn: localDate, cells: count };

export const auditEventSchema = z.discriminatedUnion("event", [
  // sign-in and accounts
  event("SIGN_IN", "user", { method: z.enum(["password", "oidc"]) }),
  event("SIGN_IN_FAILED", "user", {
    reason: z.enum(["unknown-account", "inactive", "locked", "wrong-password", "no-active-account"]),
    method: z.enum(["password", "oidc"]).optional(),
    login: text(64).optional(),
    email: text(254).optional(),
    failedAttempts: count.optional(),
  }),
  // a client refused by the per-client throttle before any password was checked (lib/auth/sign-in-throttle.ts)
  event("SIGN_IN_THROTTLED", "user", { login: text(64), waitSeconds: count }),
  event("ACCOUNT_LOCKED", "user", { failedAttempts: count, lockedUntil: z.iso.datetime() }),
  bare("SIGN_OUT", "user"),
  bare("PASSWORD_CHANGED", "user"),
  // the header's language switch (issue 23): the user's own row
  event("USER_LOCALE_CHANGED", "user", { locale: z.enum(LOCALES) }),
  // a refused server action: entityId names the permission, agencyId the resource's agency, and
  // `attempted` the event the action would have written (absent when the result would choose it)
  event("ACTION_FORBIDDEN", "permission", { role: z.enum(Role), attempted: z.string().regex(/^[A-Z][A-Z_]{2,63}$/).optional() }),
  event("USER_CREATED", "user", { username: text(64), role: z.enum(Role), agencyId: id.nullable() }),
  event("USER_ROLE_CHANGED", "user", {
    from: z.strictObject({ role: z.enum(Role), agencyId: id.nullable() }),
    to: z.strictObject({ role: z.enum(Role), agencyId: id.nullable() }),
  }),
  event("USER_DEACTIVATED", "user", { username: text(64) }),
  event("USER_REACTIVATED", "user", { username: text(64) }),
  event("USER_PASSWORD_RESET", "user", { username: text(64) }),

  // imports and the API of the provincial systems (written by lib/data/imports and lib/data/api-records)
  event("API_TOKEN_CREATED", "api_token", { name: text(120), scopes: z.array(z.enum(ImportKind)) }),
  event("API_TOKEN_REVOKED", "api_token", { name: text(120), alreadyRevoked: z.boolean() }),
  event("API_BATCH_WRITTEN", "api_token", { token: text(120), kind: z.enum(ImportKind), created: count, updated: count }),
  event("IMPORT_VALIDATED", "import", { kind: z.enum(ImportKind), total: count, create: count, update: count, rejected: count }),
  event("IMPORT_REFUSED", "import", { kind: z.enum(ImportKind), message: text(2000) }),
  event("IMPORT_COMPLETED", "import", { kind: z.enum(ImportKind), created: count, updated: count }),
  // the step that failed; "lease expired" when the server running it stopped (lib/data/imports/lease.ts)
  event("IMPORT_FAILED", "import", { step: z.enum(["dryRun", "write"]), reason: text(2000) }),

  // quarterly reports, their catalogue and periods
  event("REPORTING_PERIOD_SAVED", "reporting_period", {
    year: z.number().int(),
    quarter: z.number().int().min(1).max(4),
    opensAt: localDate,
    deadline: localDate,
    locksAt: localDate,
  }),
  event("REPORTING_PERIOD_REOPENED", "reporting_period", { until: localDate, reason: text(500) }),
  // the report deadline (issue 16): the days before and after, and the open quarters it moved
  event("REPORT_DEADLINE_SET", "setting", { from: z.number().int(), to: z.number().int(), quartersMoved: z.number().int() }),
  event("INDICATOR_SAVED", "indicator", { code: text(64), created: z.boolean(), unit: z.enum(IndicatorUnit), area: z.enum(ParArea) }),
  event("VALIDATION_RULE_SAVED", "validation_rule", {
    code: text(64),
    left: z.array(text(64)),
    operator: z.enum(RuleOperator),
    right: z.array(text(64)),
    importance: z.enum(RuleImportance),
    // issue 16: a percentage rule's whole and tolerance, and the message agencies will read
    // (optional: rows written before carry none)
    kind: z.enum(RuleKind).optional(),
    denominator: z.array(text(64)).optional(),
    tolerance: z.number().min(0).max(5).optional(),
    message: text(300).optional(),
    created: z.boolean().optional(),
  }),
  event("REPORT_SAVED", "report", reportSave),
  event("REPORT_SUBMITTED", "report", reportSave),
  event("REPORT_RETURNED", "report", reportStep),
  event("REPORT_APPROVED", "report", reportStep),
  event("REPORT_UNAPPROVED", "report", reportStep),

  // staffing
  event("QUOTA_DECISION_CREATED", "quota_decision", decision),
  event("QUOTA_DECISION_UPDATED", "quota_decision", decision),
  event("STAFFING_ACTUAL_REPORTED", "staffing_quota", {
    year: z.number().int(),
    totalHeadcount: count.nullable(),
    categories: z.array(z.strictObject({ category: z.enum(StaffCategory), headcount: count.nullable(), streamlined: count.nullable() })),
  }),
  event("TARGET_SAVED", "target", { code: text(64), targetYear: z.number().int(), value: z.number(), unit: z.enum(TargetUnit) }),

  // inspection
  event("INSPECTION_FLAG_CREATED", "inspection_flag", { target: z.enum(InspectionTarget), targetId: id, agencyId: id, note: text(2000) }),
  event("INSPECTION_FLAG_RESOLVED", "inspection_flag", { resolutionNote: text(2000) }),

  // the yearly assessment
  event("ASSESSMENT_SAVED", "agency_assessment", {
    agencyId: id,
    year: z.number().int(),
    group: z.enum(AssessmentGroup),
    selfScore: z.number().nullable(),
    appraisedScore: z.number().nullable(),
    criteria: count,
  }),
  event("RATING_BANDS_SAVED", "rating_band", { EXCELLENT: z.number(), GOOD: z.number(), AVERAGE: z.number() }),
  event("ASSESSMENT_CRITERION_ADDED", "assessment_criterion", {
    year: z.number().int(),
    group: z.enum(AssessmentGroup),
    code: text(32),
    maxScore: z.number(),
  }),

  // indices
  event("INDEX_YEAR_SAVED", "index_score", {
    score: z.number().nullable(),
    rank: z.number().int().nullable(),
    rankOf: z.number().int().nullable(),
    nationalAverage: z.number().nullable(),
    source: text(500),
    components: z.record(z.string(), z.number().nullable()),
  }),
  event("INDEX_OWNER_SET", "index_component_owner", { role: z.enum(OwnerRole) }),
  bare("INDEX_OWNER_REMOVED", "index_component_owner"),
  event("INDEX_COMPONENT_METHOD_CHANGED", "index_component", { maxScore: z.number(), weight: z.number().nullable(), confirmed: z.boolean() }),

  // exports (lib/data/exports.ts): a read the log keeps — who (the actor), what, with which filters;
  // entityId repeats `what`. `rows` when known before the file is written (a streamed list: absent).
  event("EXPORT_CREATED", "export", {
    what: text(64),
    format: z.enum(["xlsx", "docx", "pdf", "zip"]),
    filters: z.record(text(40), text(200)),
    rows: count.optional(),
  }),
  // notifications (issue 22): a person's own centre and choices; Admin's schedules
  event("NOTIFICATIONS_READ", "user", { marked: count }),
  event("NOTIFICATION_PREFERENCES_SAVED", "user", { off: z.array(z.enum(NOTIFICATION_KINDS)), frequency: z.enum(DELIVERY_FREQUENCIES).optional() }),
  // the e-mail's unsubscribe link (no session: the signed token named the person and the kind);
  // via: the confirmation page's button, or the mail client's RFC 8058 one-click POST
  event("NOTIFICATION_UNSUBSCRIBED", "user", { kind: z.enum(NOTIFICATION_KINDS), via: z.enum(["page", "one-click"]).optional() }),
  event("JOB_SCHEDULE_SET", "job_schedule", { paused: z.boolean() }),
  // the public page (issue 21): switched on or off by the administrator
  event("PUBLIC_PAGE_SWITCHED", "setting", { enabled: z.boolean() }),
  // the Decision 766 indicators entered by hand, and the province's published score (issue 21)
  event("SERVICE_INDEX_ENTRY_SAVED", "service_index_entry", {
    agencyId: id,
    periodKey: text(10),
    code: text(8),
    numerator: z.number().int(),
    denominator: z.number().int(),
    source: text(500),
  }),
  event("SERVICE_INDEX_PUBLISHED_SAVED", "service_index_published", {
    periodKey: text(10),
    score: z.number(),
    rank: z.number().int(),
    rankOf: z.number().int(),
    source: text(500),
  }),

  // the organisation's history (lib/data/reorganisation-apply.ts): a new unit, a correction, a reorganisation applied whole
  event("AGENCY_CREATED", "agency", { code: text(32), name: text(200), kind: z.enum(AgencyKind), parentId: id.nullable(), validFrom: localDate }),
  event("AGENCY_UPDATED", "agency", { from: z.strictObject(unitName), to: z.strictObject(unitName) }),
  event("REORGANISATION_APPLIED", "reorganisation", {
    id,
    actNumber: text(80),
    effectiveOn: localDate,
    closed: z.array(id),
    created: z.array(z.strictObject({ id, code: text(32) })),
    transfers: z.array(id),
    users: z.array(z.strictObject({ userId: id, username: text(64), action: z.enum(["move", "deactivate"]), to: id.nullable() })),
    openReports: z.array(id),
    quotas: z.array(z.strictObject({ from: id, year: z.number().int(), category: z.enum(StaffCategory), to: z.array(z.strictObject({ agencyId: id, quota: count })) })),
    // recorded by scripts/record-reorganisations.ts rather than the editor
    via: z.literal("org:record-2025").optional(),
  }),
]);

/** An event as a writer gives it (the entity may be left out). */
export type AuditEventInput = z.input<typeof auditEventSchema>;
/** An event as it is stored and read back. */
export type AuditEvent = z.output<typeof auditEventSchema>;
export type AuditEventName = AuditEvent["event"];
/** The details an event takes, as a writer gives them. */
export type AuditDetails<E extends AuditEventName> = Extract<AuditEventInput, { event: E }>["details"];

/** Every event name, in the list's order. */
export const AUDIT_EVENT_NAMES: readonly AuditEventName[] = auditEventSchema.options.map((option) => option.shape.event.value);
