import { describe, expect, it } from "vitest";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import {
  agencyMayEdit, agencyMayWrite, boardRank, matchesBoardFilter, missingQuarters, quarterWindow, reportingClock, timeliness, windowState,
  type Timeliness,
} from "@/lib/rules/report-workflow";

const period = {
  opensAt: new Date("2024-06-30T17:00:00Z"),
  deadline: new Date("2024-07-15T17:00:00Z"),
  locksAt: new Date("2024-07-31T17:00:00Z"),
};

describe("the period's window", () => {
  it("is closed before the opening, open until the lock, then locked", () => {
    expect(windowState(period, null, new Date("2024-06-30T16:59:59Z"))).toBe("notOpen");
    expect(windowState(period, null, new Date("2024-06-30T17:00:00Z"))).toBe("open");
    expect(windowState(period, null, new Date("2024-07-31T16:59:59Z"))).toBe("open");
    expect(windowState(period, null, new Date("2024-07-31T17:00:00Z"))).toBe("locked");
  });

  it("a reopening lets the agency write until it ends, and not after", () => {
    const until = new Date("2024-08-10T17:00:00Z");
    expect(windowState(period, until, new Date("2024-08-05T00:00:00Z"))).toBe("reopened");
    expect(windowState(period, until, new Date("2024-08-10T17:00:00Z"))).toBe("locked");
    expect(agencyMayWrite("reopened")).toBe(true);
    expect(agencyMayWrite("locked")).toBe(false);
    expect(agencyMayWrite("notOpen")).toBe(false);
  });
});

describe("statuses the agency edits in", () => {
  it("drafts and returned reports only", () => {
    expect(["NOT_STARTED", "DRAFT", "RETURNED", "SUBMITTED", "APPROVED"].map((s) => agencyMayEdit(s as never))).toEqual([
      true, true, true, false, false,
    ]);
  });
});

describe("timeliness", () => {
  it("compares the first submission with the deadline", () => {
    expect(timeliness(period.deadline, new Date("2024-07-15T17:00:00Z"), new Date("2024-09-01"))).toBe("onTime");
    expect(timeliness(period.deadline, new Date("2024-07-15T17:00:01Z"), new Date("2024-09-01"))).toBe("late");
    expect(timeliness(period.deadline, null, new Date("2024-07-20"))).toBe("missing");
    expect(timeliness(period.deadline, null, new Date("2024-07-10"))).toBe("pending");
  });
});

describe("the quarterly cycle follows the data's day (issue 16)", () => {
  it("a quarter opens on its first day and closes at its deadline, days after its end", () => {
    const q4 = quarterWindow(2026, 4);
    expect(q4.opensAt.toISOString()).toBe("2026-09-30T17:00:00.000Z"); // 01/10/2026 00:00 in Việt Nam
    expect(q4.deadline.toISOString()).toBe("2027-01-15T17:00:00.000Z"); // end of 15/01/2027
    expect(q4.locksAt).toEqual(q4.deadline);
    expect(quarterWindow(2026, 3, 30).deadline.toISOString()).toBe("2026-10-30T17:00:00.000Z");
    expect(quarterWindow(2026, 3, 0).deadline.toISOString()).toBe("2026-09-30T17:00:00.000Z");
  });

  it("on the tests' day (20/11/2026) Quý IV/2026 is open and Quý III/2026 closed at 15/10", () => {
    const clock = reportingClock("2026-11-20", new Date("2026-12-02T05:00:00Z"));
    expect(clock.toISOString()).toBe("2026-11-20T16:59:59.999Z");
    expect(windowState(quarterWindow(2026, 4), null, clock)).toBe("open");
    expect(windowState(quarterWindow(2026, 3), null, clock)).toBe("locked");
    // with a deadline 60 days after the quarter, Quý III is still open on 20/11
    expect(windowState(quarterWindow(2026, 3, 60), null, clock)).toBe("open");
    expect(windowState(quarterWindow(2026, 3), new Date("2026-11-25T17:00:00Z"), clock)).toBe("reopened");
  });

  it("the clock is the clock itself on a live installation, whose data's day is today", () => {
    const now = new Date("2026-11-20T03:00:00Z");
    expect(reportingClock("2026-11-20", now)).toEqual(now);
    expect(reportingClock("2026-11-19", now).toISOString()).toBe("2026-11-19T16:59:59.999Z");
  });

  it("the calendar lacks the quarters since the last stored through the data's", () => {
    expect(missingQuarters({ year: 2026, quarter: 2 }, { year: 2027, quarter: 1 })).toEqual([
      { year: 2026, quarter: 3 }, { year: 2026, quarter: 4 }, { year: 2027, quarter: 1 },
    ]);
    expect(missingQuarters({ year: 2026, quarter: 4 }, { year: 2026, quarter: 4 })).toEqual([]);
    expect(missingQuarters({ year: 2027, quarter: 1 }, { year: 2026, quarter: 4 })).toEqual([]);
    expect(missingQuarters(null, { year: 2026, quarter: 4 })).toEqual([{ year: 2026, quarter: 4 }]);
  });
});

describe("the review board's filters (issue 16)", () => {
  const cell = (status: ReportStatus, timing: Timeliness) => ({ status, timeliness: timing });
  it("each status filter keeps what its name says", () => {
    expect(matchesBoardFilter("missing", cell("NOT_STARTED", "missing"))).toBe(true);
    expect(matchesBoardFilter("missing", cell("DRAFT", "pending"))).toBe(true);
    expect(matchesBoardFilter("missing", cell("RETURNED", "onTime"))).toBe(false);
    expect(matchesBoardFilter("submitted", cell("SUBMITTED", "late"))).toBe(true);
    expect(matchesBoardFilter("submitted", cell("APPROVED", "onTime"))).toBe(false);
    expect(matchesBoardFilter("returned", cell("RETURNED", "late"))).toBe(true);
    expect(matchesBoardFilter("approved", cell("APPROVED", "late"))).toBe(true);
    expect(matchesBoardFilter("late", cell("APPROVED", "late"))).toBe(true);
    expect(matchesBoardFilter("late", cell("NOT_STARTED", "missing"))).toBe(false);
  });

  it("late submitters come first, then reports missing past the deadline", () => {
    const ranks = [cell("APPROVED", "onTime"), cell("NOT_STARTED", "missing"), cell("SUBMITTED", "late"), cell("DRAFT", "pending")].map(boardRank);
    expect(ranks).toEqual([2, 1, 0, 2]);
  });
});
