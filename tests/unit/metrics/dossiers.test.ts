import { describe, expect, it } from "vitest";
import {
  agencyBreaksLateRule,
  changeOf,
  countDossiers,
  dossierFigures,
  officialBreaksLateRule,
  outcomeAsOf,
  EMPTY_DOSSIER_COUNTS,
} from "@/lib/metrics/dossiers";
import { quarterPeriod, rangePeriod } from "@/lib/metrics/periods";
import { formatRate } from "@/tests/support/vi";
import { FIXTURE } from "./dossier-fixture";

describe("countDossiers on the hand-made quarter (see dossier-fixture.ts)", () => {
  it("counts Quý II/2024 as worked out by hand", () => {
    // carried over: A, I, J; received: B, C, D, E, G; early: B; on time: A; late: C, I;
    // overdue at 30/06: D (due 28/06), J (due 01/03); pending: E, G
    expect(countDossiers(FIXTURE, quarterPeriod(2024, 2))).toEqual({
      carriedOver: 3,
      received: 5,
      resolvedEarly: 1,
      resolvedOnTime: 1,
      resolvedLate: 2,
      overdueAtEnd: 2,
      receivedOnline: 2, // B, G
      synced: 1,
      digitized: 1,
      electronic: 1,
    });
  });

  it("turns the counts into the figures of DESIGN §5.2", () => {
    const figures = dossierFigures(countDossiers(FIXTURE, quarterPeriod(2024, 2)));
    expect(figures.toProcess).toBe(8);
    expect(figures.resolved).toBe(4);
    expect(figures.pendingAtEnd).toBe(2);
    expect(figures.lateRate).toBe(0.5); // (2 late + 2 overdue) ÷ 8
    expect(figures.onTimeRate).toBe(0.5);
    expect(figures.earlyShare).toBe(0.25);
    expect(figures.onlineShare).toBe(0.4);
    expect(figures.syncedShare).toBe(0.2);
    expect(figures.digitizedShare).toBe(0.2);
  });

  it("carries the open dossiers into the next quarter, where all five are overdue by 30/09", () => {
    const counts = countDossiers(FIXTURE, quarterPeriod(2024, 3));
    expect(counts).toMatchObject({ carriedOver: 4, received: 1, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0, overdueAtEnd: 5 });
    expect(dossierFigures(counts).lateRate).toBe(1);
  });

  it("has no rate at all in an empty quarter: 'không có dữ liệu', never 0 %", () => {
    const counts = countDossiers(FIXTURE, quarterPeriod(2020, 4));
    expect(counts).toEqual(EMPTY_DOSSIER_COUNTS);
    const figures = dossierFigures(counts);
    expect(figures.lateRate).toBeNull();
    expect(figures.onTimeRate).toBeNull();
    expect(figures.onlineShare).toBeNull();
    expect(formatRate(0, figures.toProcess)).toBe("không có dữ liệu");
  });

  it("reads a single day: D is overdue at the end of its due day, E is not yet", () => {
    expect(countDossiers(FIXTURE, rangePeriod("2024-06-28", "2024-06-28")).overdueAtEnd).toBe(2); // D, J
    expect(countDossiers(FIXTURE, rangePeriod("2024-06-27", "2024-06-27")).overdueAtEnd).toBe(1); // J
  });
});

describe("outcomes at midnight in Asia/Ho_Chi_Minh", () => {
  const due = new Date("2024-04-05T17:00:00+07:00");
  it("is on time up to 23:59:59.999 of the due day and late from 00:00 the next day", () => {
    expect(outcomeAsOf({ dueAt: due, resolvedAt: new Date("2024-04-05T16:59:59.999Z") }, "2024-12-31")).toBe("ON_TIME");
    expect(outcomeAsOf({ dueAt: due, resolvedAt: new Date("2024-04-05T17:00:00.000Z") }, "2024-12-31")).toBe("LATE");
    expect(outcomeAsOf({ dueAt: due, resolvedAt: new Date("2024-04-04T16:59:59.999Z") }, "2024-12-31")).toBe("EARLY");
  });

  it("is pending on its due day and overdue once that day is over", () => {
    expect(outcomeAsOf({ dueAt: due, resolvedAt: null }, "2024-04-04")).toBe("PENDING");
    expect(outcomeAsOf({ dueAt: due, resolvedAt: null }, "2024-04-05")).toBe("OVERDUE");
    // resolved after the day asked about: as of that day it was still open
    expect(outcomeAsOf({ dueAt: due, resolvedAt: new Date("2024-04-10T03:00:00Z") }, "2024-04-04")).toBe("PENDING");
  });
});

describe("the province's 10 % rules (DESIGN §6)", () => {
  it("flags an agency at exactly 10 % but an official only above it", () => {
    expect(agencyBreaksLateRule(0.1)).toBe(true);
    expect(agencyBreaksLateRule(0.0999)).toBe(false);
    expect(agencyBreaksLateRule(null)).toBe(false);
    expect(officialBreaksLateRule(0.1)).toBe(false);
    expect(officialBreaksLateRule(0.1001)).toBe(true);
    expect(officialBreaksLateRule(null)).toBe(false);
  });
});

describe("changeOf", () => {
  it("says whether a move is good", () => {
    expect(changeOf(0.3, 0.2, false)).toEqual({ delta: expect.closeTo(0.1, 12), trend: "up", good: false });
    expect(changeOf(0.3, 0.2, true).good).toBe(true);
    expect(changeOf(5, 5, true)).toEqual({ delta: 0, trend: "flat", good: null });
    expect(changeOf(null, 0.2, true)).toEqual({ delta: null, trend: null, good: null });
  });
});
