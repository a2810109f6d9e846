import { describe, expect, it } from "vitest";
import { agencyMayEdit, agencyMayWrite, timeliness, windowState } from "@/lib/rules/report-workflow";

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
