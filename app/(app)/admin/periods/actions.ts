"use server";
// Reporting periods and reopenings (issue 6): Home Affairs only ("period.manage"). A reopening is
// for one agency, so the wrapper records that agency on its audit row.
import { actionsFor, resultId } from "@/lib/auth/action";
import { reopenPeriod as reopen, savePeriod as save, setReportDeadlineDays as setDeadline, type DeadlineChange, type Reopening } from "@/lib/data/reports/periods";
import type { PeriodRow } from "@/lib/data/province/periods";
import { deadlineDaysSchema, periodSchema, reopenSchema } from "@/lib/validations/report-catalogue";

export type { DeadlineChange, PeriodRow, Reopening };

const manage = actionsFor("period.manage", { revalidate: ["/admin/periods", "/reports"] });

export const savePeriod = manage(periodSchema, (tx, viewer, input): Promise<PeriodRow> => save(tx, viewer, input), {
  audit: {
    event: "REPORTING_PERIOD_SAVED",
    entityId: resultId,
    details: (input) => ({ year: input.year, quarter: input.quarter, opensAt: input.opensAt, deadline: input.deadline, locksAt: input.locksAt }),
  },
});

export const reopenPeriod = manage(reopenSchema, (tx, viewer, input) => reopen(tx, viewer, input, new Date()), {
  resourceAgencyId: (input) => input.agencyId,
  audit: { event: "REPORTING_PERIOD_REOPENED", entityId: (input) => String(input.periodId), details: (input) => ({ until: input.until, reason: input.reason }) },
});

export const setReportDeadline = manage(deadlineDaysSchema, (tx, viewer, input): Promise<DeadlineChange> => setDeadline(tx, viewer, input, new Date()), {
  audit: { event: "REPORT_DEADLINE_SET", entityId: () => "report_deadline_days", details: (_input, result) => result },
});
