"use server";
// Reporting periods and reopenings (issue 6): Home Affairs only ("period.manage"). A reopening is
// for one agency, so the wrapper records that agency on its audit row.
import { action } from "@/lib/auth/action";
import { reopenPeriod as reopen, savePeriod as save, setReportDeadlineDays as setDeadline, type DeadlineChange, type Reopening } from "@/lib/data/reports/periods";
import type { PeriodRow } from "@/lib/data/province/periods";
import { deadlineDaysSchema, periodSchema, reopenSchema } from "@/lib/validations/report-catalogue";

export type { DeadlineChange, PeriodRow, Reopening };

const PATH = "/admin/periods";

export const savePeriod = action(
  {
    permission: "period.manage",
    schema: periodSchema,
    audit: {
      event: "REPORTING_PERIOD_SAVED",
      entityId: (_input, result: PeriodRow) => String(result.id),
      details: (input) => ({ year: input.year, quarter: input.quarter, opensAt: input.opensAt, deadline: input.deadline, locksAt: input.locksAt }),
    },
    revalidate: () => [PATH, "/reports"],
  },
  (input, { tx, viewer }) => save(tx, viewer, input),
);

export const reopenPeriod = action(
  {
    permission: "period.manage",
    schema: reopenSchema,
    resourceAgencyId: (input) => input.agencyId,
    audit: {
      event: "REPORTING_PERIOD_REOPENED",
      entityId: (input) => String(input.periodId),
      details: (input) => ({ until: input.until, reason: input.reason }),
    },
    revalidate: () => [PATH, "/reports"],
  },
  (input, { tx, viewer }) => reopen(tx, viewer, input, new Date()),
);

export const setReportDeadline = action(
  {
    permission: "period.manage",
    schema: deadlineDaysSchema,
    audit: {
      event: "REPORT_DEADLINE_SET",
      entityId: () => "report_deadline_days",
      details: (_input, result: DeadlineChange) => result,
    },
    revalidate: () => [PATH, "/reports"],
  },
  (input, { tx, viewer }) => setDeadline(tx, viewer, input, new Date()),
);
