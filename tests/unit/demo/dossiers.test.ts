// The demo generators reproduce the calibration figures of DESIGN §5.1–§5.2, rounded at any scale,
// with every row inside the database's CHECK constraints. Outcomes are recomputed from the instants,
// by calendar day in Asia/Ho_Chi_Minh, rather than trusted from the generator. Scale 1 (3.76 million
// dossiers, ~8 s) is checked by tests/slow/demo-scale-one.test.ts, which `npm test` runs beside
// the integration tests so that `npm run test:unit` stays quick.
import { describe, expect, it } from "vitest";
import { DOSSIER_CALIBRATION, expectedDossierCounts, expectedTaskCounts } from "@/lib/demo/counts";
import { buildDossierPlan } from "@/lib/demo/dossier-plan";
import { generateDossiers } from "@/lib/demo/dossiers";
import { officialRoster } from "@/lib/demo/officials";
import { AGENCIES } from "@/lib/demo/organisation";
import { PROCEDURE_FIELDS, PROCEDURES } from "@/lib/demo/procedures";
import { tallyDossiers, tallyTasks } from "./demo-tally";

describe("procedure catalogue", () => {
  it("has 1,777 procedures, 1,068 online: 540 fully and 528 partly", () => {
    expect(PROCEDURES).toHaveLength(1777);
    expect(PROCEDURES.filter((p) => p.onlineLevel !== "NONE")).toHaveLength(1068);
    expect(PROCEDURES.filter((p) => p.onlineLevel === "FULL")).toHaveLength(540);
    expect(PROCEDURES.filter((p) => p.onlineLevel === "PARTIAL")).toHaveLength(528);
    const byLevel = (level: string) => PROCEDURES.filter((p) => p.level === level).length;
    expect(byLevel("PROVINCE")).toBeGreaterThan(byLevel("DISTRICT"));
    expect(byLevel("DISTRICT")).toBeGreaterThan(byLevel("COMMUNE"));
    expect(new Set(PROCEDURES.map((p) => p.code)).size).toBe(1777);
  });

  it("gives every provincial procedure a department and realistic time limits", () => {
    const departments = new Set(AGENCIES.filter((a) => a.kind === "DEPARTMENT").map((a) => a.code));
    for (const p of PROCEDURES) {
      expect(p.level === "PROVINCE" ? departments.has(p.ownerCode ?? "") : p.ownerCode === null).toBe(true);
      expect(p.statutoryDays).toBeGreaterThanOrEqual(1);
      expect(p.statutoryDays).toBeLessThanOrEqual(30);
      expect(p.fieldIndex).toBeLessThan(PROCEDURE_FIELDS.length);
    }
    expect(PROCEDURE_FIELDS.map((f) => f.name)).toEqual(expect.arrayContaining(["Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng"]));
  });

  it("has about 600 handling officials with unique codes", () => {
    const { officials } = officialRoster();
    expect(officials).toHaveLength(600);
    expect(new Set(officials.map((o) => o.code)).size).toBe(600);
  });
});

describe("the plan at scale 1", () => {
  it("places exactly the calibration's dossiers, day by day (the rows themselves: tests/slow)", () => {
    const plan = buildDossierPlan(1);
    const sum = (days: Int32Array) => days.reduce((total, n) => total + n, 0);
    expect({ early: sum(plan.early), onTime: sum(plan.onTime), late: sum(plan.late), pending: sum(plan.pending) }).toEqual(DOSSIER_CALIBRATION);
    expect(sum(plan.received)).toBe(3_761_706);
    expect(expectedTaskCounts(1)).toMatchObject({ assigned: 16_298, onTime: 15_107, late: 1_104 });
  });
});

describe("dossiers and tasks at a smaller scale", () => {
  it("round each figure at scale 0.01", () => {
    const { broken, ...counts } = tallyDossiers(0.01);
    expect(broken).toEqual([]);
    expect(counts).toEqual({ received: 37_617, early: 7_284, onTime: 30_137, late: 125, pending: 71 });
    expect(counts).toEqual(expectedDossierCounts(0.01));
    const tasks = tallyTasks(0.01);
    expect(tasks.broken).toBe(0);
    expect({ assigned: tasks.assigned, onTime: tasks.onTime, late: tasks.late, notCompleted: tasks.inProgress + tasks.overdue }).toEqual({
      assigned: 163, onTime: 151, late: 11, notCompleted: 1,
    });
    expect(expectedTaskCounts(0.01).assigned).toBe(163);
  });

  it("keeps at least one of each outcome at a tiny scale", () => {
    const { broken, ...counts } = tallyDossiers(0.00001);
    expect(broken).toEqual([]);
    expect(counts).toEqual({ received: 39, early: 7, onTime: 30, late: 1, pending: 1 });
  });

  it("is deterministic", () => {
    const fingerprint = () => {
      let h = 0;
      for (const d of generateDossiers(0.002)) h = (h * 31 + d.receivedAt + d.procedure * 7 + d.agency + (d.resolvedAt ?? 1)) % 1_000_000_007;
      return h;
    };
    expect(fingerprint()).toBe(fingerprint());
  });
});
