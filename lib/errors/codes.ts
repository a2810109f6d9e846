// Every error a user may be shown, as a code: the catalogue message that says it (its
// {placeholders} are the code's arguments, typed in ./index.ts) and the HTTP status a route
// handler answers with. A new refusal gets a code here, never free text. Areas are separate
// objects joined by one spread below; the API's wire codes (lib/api/errors) are one of them.
import type { MessageKey } from "@/lib/i18n/keys";

export type ErrorSpec = { readonly message: MessageKey; readonly status: number };

/** The action wrapper's own refusals, and what a broken database constraint becomes. */
const ACTION_ERRORS = {
  SESSION_EXPIRED: { message: "action.sessionExpired", status: 401 },
  FORBIDDEN: { message: "action.forbidden", status: 403 },
  MUST_CHANGE_PASSWORD: { message: "action.mustChangePassword", status: 403 },
  INVALID_INPUT: { message: "action.invalid", status: 400 },
  UNIQUE_VIOLATION: { message: "action.unique", status: 409 },
  CHECK_VIOLATION: { message: "action.check", status: 422 },
  FOREIGN_KEY_VIOLATION: { message: "action.foreignKey", status: 409 },
  NOT_NULL_VIOLATION: { message: "action.notNull", status: 422 },
  INTERNAL_ERROR: { message: "action.failed", status: 500 },
} as const satisfies Record<string, ErrorSpec>;

/**
 * A database failure that says nothing about the request (lib/errors/database: transientFailure):
 * nothing was written and the same request may be sent again, after RETRY_AFTER_SECONDS.
 */
const TRANSIENT_ERRORS = {
  UNAVAILABLE: { message: "action.unavailable", status: 503 },
  BUSY: { message: "action.busy", status: 503 },
} as const satisfies Record<string, ErrorSpec>;

/** Seconds a client should wait before sending a request again after a transient failure (the Retry-After header). */
export const RETRY_AFTER_SECONDS = { UNAVAILABLE: 5, BUSY: 2 } as const satisfies Record<keyof typeof TRANSIENT_ERRORS, number>;

/**
 * The codes /api/v1 and the import routes answer with (lib/api/errors: JSON { code, message }),
 * besides FORBIDDEN and the transient ones above. A route may say more precisely what was wrong
 * with another catalogue message; the code and its status are fixed here.
 */
const API_ERRORS = {
  UNAUTHORIZED: { message: "api.error.unauthorized", status: 401 },
  NOT_FOUND: { message: "api.error.notFound", status: 404 },
  BAD_REQUEST: { message: "api.error.query", status: 400 },
  PAYLOAD_TOO_LARGE: { message: "api.error.tooLarge", status: 413 },
  INVALID_RECORDS: { message: "api.error.invalid", status: 422 },
  IMPORT_REFUSED: { message: "import.error.notReady", status: 409 },
  RATE_LIMITED: { message: "api.error.rateLimited", status: 429 },
  INTERNAL: { message: "api.error.internal", status: 500 },
} as const satisfies Record<string, ErrorSpec>;

const ACCOUNT_ERRORS = {
  WRONG_CURRENT_PASSWORD: { message: "changePassword.wrongCurrent", status: 422 },
  USER_NOT_FOUND: { message: "users.error.notFound", status: 404 },
  USER_ROLE_NOT_ALLOWED: { message: "users.error.roleNotAllowed", status: 403 },
  USER_OWN_ROLE: { message: "users.error.ownRole", status: 409 },
  USER_DEACTIVATE_SELF: { message: "users.error.deactivateSelf", status: 409 },
  API_TOKEN_NOT_FOUND: { message: "apiTokens.error.notFound", status: 404 },
} as const satisfies Record<string, ErrorSpec>;

const INSPECTION_ERRORS = {
  FLAG_TARGET_NOT_FOUND: { message: "flags.error.targetMissing", status: 404 },
  FLAG_NOT_OPEN: { message: "flags.error.notOpen", status: 409 },
} as const satisfies Record<string, ErrorSpec>;

const INDEX_ERRORS = {
  INDEX_NOT_FOUND: { message: "indices.error.indexNotFound", status: 404 },
  SERVICE_INDEX_PERIOD_NOT_BEGUN: { message: "serviceIndexEntry.error.periodNotBegun", status: 422 },
  INDEX_COMPONENT_UNKNOWN: { message: "indices.error.componentNotFound", status: 422 },
  INDEX_COMPONENT_NOT_FOUND: { message: "indices.error.component", status: 404 },
  INDEX_AGENCY_NOT_FOUND: { message: "indices.error.agency", status: 404 },
  INDEX_OWNER_NOT_FOUND: { message: "indices.error.ownerNotFound", status: 404 },
  INDEX_YEAR_EMPTY: { message: "indices.error.empty", status: 422 },
  INDEX_MAX_BELOW_SCORES: { message: "indices.error.maxBelowScores", status: 422 },
  INDEX_SCORE_NEGATIVE: { message: "indices.error.negative", status: 422 },
  INDEX_SCORE_ABOVE_MAX: { message: "indices.error.aboveMax", status: 422 },
  INDEX_RANK_WITHOUT_DENOMINATOR: { message: "indices.error.rankWithoutDenominator", status: 422 },
  INDEX_RANK_ABOVE_DENOMINATOR: { message: "indices.error.rankAboveDenominator", status: 422 },
  INDEX_COMPONENTS_INCOMPLETE: { message: "indices.error.componentsIncomplete", status: 422 },
  INDEX_SUM_MISMATCH: { message: "indices.error.sumMismatch", status: 422 },
} as const satisfies Record<string, ErrorSpec>;

const ASSESSMENT_ERRORS = {
  ASSESSMENT_AGENCY_NOT_FOUND: { message: "assessments.error.agency", status: 404 },
  ASSESSMENT_CRITERION_NOT_FOUND: { message: "assessments.error.criterionNotFound", status: 422 },
  ASSESSMENT_CRITERION_RANGE: { message: "assessments.error.criterionRange", status: 422 },
  ASSESSMENT_TOTAL_RANGE: { message: "assessments.error.totalRange", status: 422 },
  ASSESSMENT_SUM_MISMATCH: { message: "assessments.error.sumMismatch", status: 422 },
  ASSESSMENT_NO_SCORE: { message: "assessments.error.noScore", status: 422 },
  ASSESSMENT_CRITERION_DUPLICATE: { message: "assessments.error.criterionDuplicate", status: 409 },
  ASSESSMENT_CRITERIA_OVER: { message: "assessments.error.criteriaOver", status: 422 },
} as const satisfies Record<string, ErrorSpec>;

const STAFFING_ERRORS = {
  STAFFING_AGENCY_NOT_FOUND: { message: "staffing.error.agency", status: 404 },
  QUOTA_DECISION_NOT_FOUND: { message: "staffing.error.decision", status: 404 },
  QUOTA_DECISION_BEFORE_LATEST: { message: "staffing.error.decisionBeforeLatest", status: 422 },
  QUOTA_DECISION_SUPERSEDED: { message: "staffing.error.decisionSuperseded", status: 409 },
  QUOTA_LINE_REMOVED: { message: "staffing.error.lineRemoved", status: 422 },
  STAFFING_NO_QUOTA: { message: "staffing.error.noQuota", status: 422 },
  TARGET_NOT_FOUND: { message: "staffing.error.target", status: 404 },
} as const satisfies Record<string, ErrorSpec>;

const REPORT_ERRORS = {
  REPORT_NOT_FOUND: { message: "reports.error.notFound", status: 404 },
  REPORT_NOT_OPEN: { message: "reports.error.notOpen", status: 409 },
  REPORT_LOCKED: { message: "reports.error.locked", status: 409 },
  REPORT_NOT_EDITABLE: { message: "reports.error.notEditable", status: 409 },
  REPORT_CONFLICT: { message: "reports.error.conflict", status: 409 },
  REPORT_RULES_FAILED: { message: "reports.error.rules", status: 422 },
  REPORT_RULE_FINDING: { message: "reports.error.ruleFinding", status: 422 },
  REPORT_NUMBER_INVALID: { message: "reports.error.number", status: 422 },
  REPORT_NOT_SUBMITTED: { message: "reports.error.notSubmitted", status: 409 },
  REPORT_NOT_APPROVED: { message: "reports.error.notApproved", status: 409 },
  REPORT_RETURN_NEEDS_COMMENT: { message: "reports.error.returnNeedsComment", status: 422 },
  INDICATOR_COMPUTED_UNIT: { message: "indicators.error.computedUnit", status: 422 },
  INDICATOR_UNKNOWN_CODES: { message: "indicators.error.unknownCodes", status: 422 },
  INDICATOR_RULE_NOT_PERCENT: { message: "indicators.error.percentUnit", status: 422 },
  PERIOD_NOT_FOUND: { message: "periods.error.period", status: 404 },
  PERIOD_AGENCY_NOT_FOUND: { message: "periods.error.agency", status: 404 },
  REOPEN_UNTIL_PAST: { message: "periods.error.untilPast", status: 422 },
} as const satisfies Record<string, ErrorSpec>;

/** The organisation's writes (lib/data/reorganisation-apply.ts); a reorganisation's own checks are lib/org/plan's. */
const ORG_ERRORS = {
  ORG_UNIT_NOT_FOUND: { message: "org.error.notFound", status: 404 },
  ORG_PARENT_NOT_IN_FORCE: { message: "org.error.parent", status: 422 },
  ORG_BEFORE_PARENT: { message: "org.error.validFrom", status: 422 },
  ORG_UNKNOWN_NEW_UNIT: { message: "org.error.unknownNewUnit", status: 422 },
  ORG_PROBLEMS: { message: "org.error.problems", status: 422 },
  /** One of lib/org/plan's problems, in its words. */
  ORG_PROBLEM: { message: "org.error.problem", status: 422 },
} as const satisfies Record<string, ErrorSpec>;

export const APP_ERRORS = {
  ...ACTION_ERRORS,
  ...TRANSIENT_ERRORS,
  ...API_ERRORS,
  ...ACCOUNT_ERRORS,
  ...INSPECTION_ERRORS,
  ...INDEX_ERRORS,
  ...ASSESSMENT_ERRORS,
  ...STAFFING_ERRORS,
  ...REPORT_ERRORS,
  ...ORG_ERRORS,
} as const;

export type AppErrorCode = keyof typeof APP_ERRORS;
