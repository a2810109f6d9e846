// A dossier's outcome and why, by calendar day in Việt Nam, near midnight included.
import { describe, expect, it } from "vitest";
import { outcomeReason, timelineOf, type DossierStory } from "@/lib/metrics/dossier-timeline";

const at = (local: string) => new Date(`${local}+07:00`);
const story = (due: string, resolved: string | null, extra: Partial<DossierStory> = {}): DossierStory => ({
  receivedAt: at("2024-05-02T08:00:00"),
  dueAt: at(due),
  resolvedAt: resolved ? at(resolved) : null,
  apologyIssuedAt: null,
  rescheduleCount: 0,
  ...extra,
});

describe("outcomeReason", () => {
  it("a dossier resolved at 23:59 on its due day is on time; at 00:00 the next day it is a day late", () => {
    expect(outcomeReason(story("2024-05-10T17:00:00", "2024-05-10T23:59:59.999"), "2024-08-31")).toMatchObject({ outcome: "ON_TIME", days: 0 });
    const late = outcomeReason(story("2024-05-10T17:00:00", "2024-05-11T00:00:00"), "2024-08-31");
    expect(late).toMatchObject({ outcome: "LATE", dueDay: "2024-05-10", comparedDay: "2024-05-11", days: 1, missingApology: true });
  });

  it("counts days early", () => {
    expect(outcomeReason(story("2024-05-10T17:00:00", "2024-05-07T09:00:00"), "2024-08-31")).toMatchObject({ outcome: "EARLY", days: -3 });
  });

  it("an open dossier is overdue from the end of its due day, measured to the as-of day", () => {
    expect(outcomeReason(story("2024-08-31T17:00:00", null), "2024-08-31")).toMatchObject({ outcome: "OVERDUE", days: 0 });
    expect(outcomeReason(story("2024-09-01T00:00:00", null), "2024-08-31")).toMatchObject({ outcome: "PENDING", days: -1 });
    expect(outcomeReason(story("2024-08-20T17:00:00", null), "2024-08-31")).toMatchObject({ outcome: "OVERDUE", days: 11 });
  });

  it("a dossier resolved after the as-of day is still open on it", () => {
    expect(outcomeReason(story("2024-08-20T17:00:00", "2024-09-02T08:00:00"), "2024-08-31")).toMatchObject({ outcome: "OVERDUE", comparedDay: "2024-08-31" });
  });

  it("names the rules broken: no apology letter when late, rescheduled more than once", () => {
    const apologised = story("2024-05-10T17:00:00", "2024-05-12T08:00:00", { apologyIssuedAt: at("2024-05-10T09:00:00"), rescheduleCount: 2 });
    expect(outcomeReason(apologised, "2024-08-31")).toMatchObject({ missingApology: false, rescheduledTooOften: true });
    expect(outcomeReason(story("2024-05-10T17:00:00", "2024-05-09T08:00:00", { rescheduleCount: 1 }), "2024-08-31")).toMatchObject({
      missingApology: false,
      rescheduledTooOften: false,
    });
  });
});

describe("timelineOf", () => {
  it("orders the events by time: received, apology, due, resolved", () => {
    const events = timelineOf(story("2024-05-10T17:00:00", "2024-05-12T08:00:00", { apologyIssuedAt: at("2024-05-10T09:00:00") }));
    expect(events.map((event) => event.kind)).toEqual(["received", "apology", "due", "resolved"]);
  });

  it("leaves out what has not happened", () => {
    expect(timelineOf(story("2024-05-10T17:00:00", null)).map((event) => event.kind)).toEqual(["received", "due"]);
  });
});
