// Loads the quarterly-report demo data (issue 6): the catalogue and rules, the periods of the
// demo's quarters (2021-Q4 … the quarter that has opened by the data's day), and reports in every
// status so that the review board is not empty: old units' (history) and today's units', with one
// report of a unit that ended left open for its successor to complete. Deterministic: fixed dates,
// values computed from the agency and the quarter.
import type { ClientBase } from "pg";
import type { ReportStatus } from "../generated/prisma/enums";
import { KNOWN_FIGURES_SQL, knownFiguresOf } from "../db/known-figures-sql";
import { endOfLocalDay, quarterPeriod, startOfLocalDay, PROVINCE_TIME_ZONE } from "../metrics/periods";
import { computePercentage } from "../rules/report-rules";
import { quarterWindow } from "../rules/report-workflow";
import { CATALOGUE_FROM_YEAR, REPORT_INDICATORS, REPORT_RULES } from "./report-catalogue";

/** A quarter's days in the demo: open from its first day, due and closed 15 days after its last (the default deadline). */
export function periodDays(year: number, quarter: number) {
  return quarterWindow(year, quarter);
}

/** The demo's quarters: from the programme's start (28/09/2021) to the one holding `asOf`, open for entry. */
export function demoPeriods(asOf: string): { year: number; quarter: number }[] {
  const periods: { year: number; quarter: number }[] = [];
  for (let year = 2021; year <= Number(asOf.slice(0, 4)); year += 1) {
    for (let quarter = year === 2021 ? 4 : 1; quarter <= 4; quarter += 1) {
      // opened by the end of the data's day (the exclusive end: the next quarter opens at the start of the next day)
      if (periodDays(year, quarter).opensAt < endOfLocalDay(asOf)) periods.push({ year, quarter });
    }
  }
  return periods;
}

type Status = Exclude<ReportStatus, "NOT_STARTED">;

/** Which agency reports what, and as whom. */
const DEMO_REPORTS: { agency: string; user: string; year: number; quarter: number; status: Status; late?: boolean }[] = [
  ...["SYT", "H-PRTC", "H-NS"].flatMap((agency) => {
    const user = agency === "SYT" ? "syte" : agency === "H-PRTC" ? "prtc" : "ninhson";
    return [
      { agency, user, year: 2023, quarter: 4, status: "APPROVED" as const },
      { agency, user, year: 2024, quarter: 1, status: "APPROVED" as const, late: agency === "H-NS" },
    ];
  }),
  { agency: "SYT", user: "syte", year: 2024, quarter: 2, status: "SUBMITTED", late: true },
  { agency: "H-PRTC", user: "prtc", year: 2024, quarter: 2, status: "RETURNED" },
  { agency: "H-NS", user: "ninhson", year: 2024, quarter: 2, status: "APPROVED" },
  { agency: "H-NS", user: "ninhson", year: 2024, quarter: 3, status: "DRAFT" },
  // the district ended on 30/06/2025 with its report of Q2/2025 still open: its successors complete it
  { agency: "H-NS", user: "ninhson", year: 2025, quarter: 2, status: "DRAFT" },
  // today's units, since the merger
  ...(["2025-3", "2025-4", "2026-1", "2026-2"] as const).flatMap((key) => {
    const [year, quarter] = key.split("-").map(Number) as [number, number];
    return [
      { agency: "T-SYT", user: "syte", year, quarter, status: (key === "2026-2" ? "SUBMITTED" : "APPROVED") as Status, late: key === "2026-2" },
      { agency: "P-PHAN-RANG", user: "prtc", year, quarter, status: (key === "2026-1" ? "RETURNED" : "APPROVED") as Status },
      { agency: "X-NINH-SON", user: "ninhson", year, quarter, status: "APPROVED" as Status },
    ];
  }),
  // the quarter just closed (Q3/2026 on the tests' day): mostly approved, one late, one returned with
  // comments, two awaiting review; the justice department's is missing (its journey reopens it)
  { agency: "T-SYT", user: "syte", year: 2026, quarter: 3, status: "SUBMITTED", late: true },
  { agency: "P-PHAN-RANG", user: "prtc", year: 2026, quarter: 3, status: "RETURNED" },
  { agency: "X-NINH-SON", user: "ninhson", year: 2026, quarter: 3, status: "APPROVED" },
  { agency: "P-NHA-TRANG", user: "nhatrang", year: 2026, quarter: 3, status: "SUBMITTED" },
  // the current quarter, open for entry: drafts of some agencies
  { agency: "X-NINH-SON", user: "ninhson", year: 2026, quarter: 4, status: "DRAFT" },
  { agency: "P-NHA-TRANG", user: "nhatrang", year: 2026, quarter: 4, status: "DRAFT" },
];

function typedValues(agencyIndex: number, year: number, quarter: number): Record<string, number | string> {
  const q = (year - 2023) * 4 + quarter;
  const issued = 6 + ((agencyIndex + q) % 3);
  const services = 40 + agencyIndex * 5 + q;
  const full = Math.round(services * 0.6);
  const sent = 300 + agencyIndex * 20 + q * 10;
  return {
    PAR_COMMUNICATION: 3 + (q % 2), PAR_INSPECTIONS: 1, LEGAL_ISSUED: issued, LEGAL_SELF_CHECKED: issued - 1, LEGAL_UNLAWFUL: 0,
    LEGAL_DRAFTING_ERRORS: 1, PROC_NEW: 2, PROC_AMENDED: 3 + (q % 2), PROC_ABOLISHED: 1, PROC_PUBLISHED: 6 + (q % 2), PROC_SIMPLIFIED: 2,
    ORG_UNITS_REORGANISED: 0, TRAINING_COURSES: 2, TRAINEES: 40 + q, AUTONOMOUS_UNITS: 1, ONLINE_SERVICES: services,
    ONLINE_FULL: full, ONLINE_PARTIAL: services - full, EDOCS_SENT: sent, EDOCS_ELECTRONIC: sent - 10, EDOCS_SIGNED: sent - 15,
    SATISFACTION_RATE: 92.5, ISSUES_AND_PROPOSALS: "Đường truyền ở một số xã còn chậm; đề nghị tỉnh hỗ trợ nâng cấp.",
  };
}

async function idMap(client: ClientBase, sql: string): Promise<Map<string, number>> {
  const result = await client.query<{ key: string; id: number }>(sql);
  return new Map(result.rows.map((row) => [row.key, row.id]));
}

/** The default catalogue as it ships (migrations install it; the demo resets it to this), and the demo's periods. */
export async function loadReportCatalogue(client: ClientBase, asOf: string): Promise<number> {
  for (const [i, s] of REPORT_INDICATORS.entries()) {
    await client.query(
      `INSERT INTO indicator (code, name_vi, name_en, area, unit, min_value, max_value, required, from_year, sort_order, prefill)
       VALUES ($1, $2, $3, $4::"ParArea", $5::"IndicatorUnit", $6, $7, $8, $9, $10, $11::"PrefillSource")
       ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en, area = EXCLUDED.area, unit = EXCLUDED.unit,
         min_value = EXCLUDED.min_value, max_value = EXCLUDED.max_value, required = EXCLUDED.required, from_year = EXCLUDED.from_year,
         to_year = NULL, sort_order = EXCLUDED.sort_order, prefill = EXCLUDED.prefill`,
      [s.code, s.nameVi, s.nameEn, s.area, s.unit, s.min ?? null, s.max ?? null, s.required ?? false, CATALOGUE_FROM_YEAR, (i + 1) * 10, s.prefill ?? null],
    );
  }
  for (const s of REPORT_INDICATORS.filter((x) => x.computed)) {
    await client.query(
      `UPDATE indicator SET numerator_id = (SELECT id FROM indicator WHERE code = $2), denominator_id = (SELECT id FROM indicator WHERE code = $3) WHERE code = $1`,
      [s.code, s.computed![0], s.computed![1]],
    );
  }
  for (const r of REPORT_RULES) {
    await client.query(
      `INSERT INTO validation_rule (code, left_codes, operator, right_codes, importance, message_vi, kind, denominator_codes, tolerance, message_en)
       VALUES ($1, $2, $3::"RuleOperator", $4, $5::"RuleImportance", $6, $7::"RuleKind", $8, $9, $10)
       ON CONFLICT (code) DO UPDATE SET left_codes = EXCLUDED.left_codes, operator = EXCLUDED.operator, right_codes = EXCLUDED.right_codes,
         importance = EXCLUDED.importance, message_vi = EXCLUDED.message_vi, message_en = EXCLUDED.message_en, kind = EXCLUDED.kind,
         denominator_codes = EXCLUDED.denominator_codes, tolerance = EXCLUDED.tolerance, active = true`,
      [r.code, r.left, r.operator, r.right, r.importance, r.message, r.kind ?? "SUM", r.denominator ?? [], r.tolerance ?? 0, r.messageEn],
    );
  }
  const periods = demoPeriods(asOf);
  for (const p of periods) {
    const days = periodDays(p.year, p.quarter);
    await client.query(`INSERT INTO reporting_period (year, quarter, opens_at, deadline, locks_at) VALUES ($1, $2, $3, $4, $5)`, [
      p.year, p.quarter, days.opensAt, days.deadline, days.locksAt,
    ]);
  }
  return periods.length;
}

/** The demo's reports with their values, value history and workflow steps. Returns how many. */
export async function loadDemoReports(client: ClientBase, asOf: string): Promise<number> {
  const agencies = await idMap(client, "SELECT code AS key, id FROM agency");
  const users = await idMap(client, "SELECT username AS key, id FROM app_user");
  const indicators = await idMap(client, "SELECT code AS key, id FROM indicator");
  const periods = await idMap(client, "SELECT year || '-' || quarter AS key, id FROM reporting_period");
  const reviewer = users.get("sonoivu")!;
  const now = endOfLocalDay(asOf);
  const stepsOf = (spec: (typeof DEMO_REPORTS)[number]) => {
    const { to } = quarterPeriod(spec.year, spec.quarter);
    const days = periodDays(spec.year, spec.quarter);
    // drafted in the quarter's last days, or two days before the data's day in a quarter still running
    const drafted = endOfLocalDay(to).getTime() - 10 * 86_400_000;
    const saved = new Date(Math.max(days.opensAt.getTime(), Math.min(drafted, now.getTime() - 2 * 86_400_000)));
    const submitted = new Date(days.deadline.getTime() + (spec.late ? 3 : -2) * 86_400_000);
    const reviewed = new Date(submitted.getTime() + 4 * 86_400_000);
    const last = spec.status === "DRAFT" ? saved : spec.status === "SUBMITTED" ? submitted : reviewed;
    return { saved, submitted, reviewed, last };
  };
  // a report exists once its period has opened, and only if its last step happened by the data's day
  const specs = DEMO_REPORTS.filter((spec) => periods.has(`${spec.year}-${spec.quarter}`) && stepsOf(spec).last <= now);
  for (const spec of specs) {
    const agencyId = agencies.get(spec.agency)!;
    const actor = users.get(spec.user)!;
    const { saved, submitted, reviewed } = stepsOf(spec);
    const { from, to } = quarterPeriod(spec.year, spec.quarter);
    const known = await client.query(KNOWN_FIGURES_SQL, [agencyId, startOfLocalDay(from), endOfLocalDay(to), PROVINCE_TIME_ZONE]);
    const figures = knownFiguresOf(known.rows[0]);
    const values: Record<string, number | string | null> = typedValues(agencies.get(spec.agency)! % 7, spec.year, spec.quarter);
    for (const s of REPORT_INDICATORS) {
      if (s.prefill) values[s.code] = figures[s.prefill];
      if (s.computed) values[s.code] = computePercentage(values[s.computed[0]] as number, values[s.computed[1]] as number);
    }
    // the rates an agency writes beside its counts, as its one-stop department rounds them
    for (const r of REPORT_RULES) {
      if (r.kind === "PERCENT") values[r.left[0]!] = computePercentage(values[r.right[0]!] as number, values[r.denominator![0]!] as number);
    }
    const steps: { kind: string; actor: number; at: Date; reason: string | null }[] = [{ kind: "SAVED", actor, at: saved, reason: null }];
    if (spec.status !== "DRAFT") steps.push({ kind: "SUBMITTED", actor, at: submitted, reason: null });
    if (spec.status === "APPROVED") steps.push({ kind: "APPROVED", actor: reviewer, at: reviewed, reason: null });
    if (spec.status === "RETURNED") steps.push({ kind: "RETURNED", actor: reviewer, at: reviewed, reason: null });
    const approvedAt = spec.status === "APPROVED" ? reviewed : null;
    const report = await client.query<{ id: number }>(
      `INSERT INTO report (agency_id, period_id, status, version, first_submitted_at, submitted_at, approved_at, last_approved_at, created_at, updated_at)
       VALUES ($1, $2, $3::"ReportStatus", $4, $5, $5, $6, $6, $7, $8) RETURNING id`,
      [agencyId, periods.get(`${spec.year}-${spec.quarter}`)!, spec.status, steps.length, spec.status === "DRAFT" ? null : submitted, approvedAt, saved, steps.at(-1)!.at],
    );
    const reportId = report.rows[0]!.id;
    for (const [code, value] of Object.entries(values)) {
      const numeric = typeof value === "number" ? value : null;
      const text = typeof value === "string" ? value : null;
      await client.query(
        `INSERT INTO report_value (report_id, indicator_id, value, text_value, evidence_number, updated_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [reportId, indicators.get(code)!, numeric, text, numeric !== null && code.startsWith("LEGAL") ? `${10 + spec.quarter}/BC-${spec.agency}` : null, saved],
      );
      await client.query(
        `INSERT INTO report_value_change (report_id, indicator_id, old_value, new_value, actor_id, version, at) VALUES ($1, $2, NULL, $3, $4, 1, $5)`,
        [reportId, indicators.get(code)!, value === null ? null : String(value), actor, saved],
      );
    }
    for (const [i, step] of steps.entries()) {
      const event = await client.query<{ id: number }>(
        `INSERT INTO report_event (report_id, kind, actor_id, reason, version, at) VALUES ($1, $2::"ReportEventKind", $3, $4, $5, $6) RETURNING id`,
        [reportId, step.kind, step.actor, step.reason, i + 1, step.at],
      );
      if (step.kind === "RETURNED") {
        await client.query(
          `INSERT INTO report_field_comment (report_id, indicator_id, event_id, body, author_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [reportId, indicators.get("EDOCS_SIGNED")!, event.rows[0]!.id, "Đề nghị đối chiếu lại với số liệu của hệ thống quản lý văn bản và bổ sung minh chứng.", reviewer, step.at],
        );
      }
    }
  }
  return specs.length;
}
