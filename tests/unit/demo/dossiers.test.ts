// The demo generators reproduce old Ninh Thuận's calibration figures of DESIGN §5.1–§5.2, rounded at
// any scale, as of the window's last day, with every row inside the database's CHECK constraints;
// after the window the streams of both old provinces and of the merged province run to the data's
// day and route every dossier to a unit in force on its day. Outcomes are recomputed from the
// instants, by calendar day in Asia/Ho_Chi_Minh, rather than trusted from the generator. Scale 1
// (3.76 million dossiers) is checked by tests/slow/demo-scale-one.test.ts, which `npm test` runs
// beside the integration tests so that `npm run test:unit` stays quick.
import { describe, expect, it } from "vitest";
import { DOSSIER_LAST_DAY, dayIndex, isoDate, localDayOf } from "@/lib/demo/calendar";
import { DOSSIER_CALIBRATION, expectedDossierCounts, expectedTaskCounts } from "@/lib/demo/counts";
import { buildDossierPlan } from "@/lib/demo/dossier-plan";
import { dossierVolume, generateDossiers } from "@/lib/demo/dossier-streams";
import { officialRoster } from "@/lib/demo/officials";
import { AGENCIES } from "@/lib/demo/organisation";
import { PROCEDURE_FIELDS, PROCEDURES } from "@/lib/demo/procedures";
import { generateTasks } from "@/lib/demo/tasks";
import { AS_OF_END, LAST_DAY, tallyDossiers, tallyTasks } from "./demo-tally";

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

  it("has 1,800 handling officials with unique codes, at least two in every unit that receives dossiers", () => {
    const { officials, count } = officialRoster();
    expect(officials).toHaveLength(1800);
    expect(new Set(officials.map((o) => o.code)).size).toBe(1800);
    for (const code of ["STP", "KH-STP", "T-STP", "P-PHAN-RANG", "X-NINH-SON", "H-NS", "NT25-SNV"]) {
      expect(count[AGENCIES.findIndex((a) => a.code === code)], code).toBeGreaterThanOrEqual(2);
    }
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
      for (const d of generateDossiers(0.002, LAST_DAY)) h = (h * 31 + d.receivedAt + d.procedure * 7 + d.agency + (d.resolvedAt ?? 1)) % 1_000_000_007;
      return h;
    };
    expect(fingerprint()).toBe(fingerprint());
  });
});

describe("the dossiers after the window, to the data's day", () => {
  const inForce = (agency: number, day: string) => {
    const a = AGENCIES[agency]!;
    return a.validFrom <= day && (a.validTo === null || a.validTo >= day);
  };

  it("go to units in force on their day, of their province; the merged province's from 01/07/2025", { timeout: 60_000 }, () => {
    const broken: string[] = [];
    const perStream = new Map<string, number>();
    const codes = new Set<string>();
    let unresolved = 0;
    const lateByAgencyYear = new Map<string, [number, number]>();
    for (const d of generateDossiers(0.01, LAST_DAY)) {
      const day = isoDate(localDayOf(d.receivedAt));
      const a = AGENCIES[d.agency]!;
      const stream = localDayOf(d.receivedAt) <= DOSSIER_LAST_DAY && a.territory === "NT" ? "window" : a.territory;
      perStream.set(stream, (perStream.get(stream) ?? 0) + 1);
      if (!inForce(d.agency, day) && broken.length < 10) broken.push(`${d.code}: ${a.code} not in force on ${day}`);
      if ((day >= "2025-07-01") !== (a.territory === "ALL") && broken.length < 10) broken.push(`${d.code}: ${a.code} on ${day}`);
      if (d.resolvedAt !== null && (d.resolvedAt < d.receivedAt || d.resolvedAt > AS_OF_END) && broken.length < 10) broken.push(`${d.code}: resolved at ${d.resolvedAt}`);
      if (d.receivedAt > AS_OF_END && broken.length < 10) broken.push(`${d.code}: received after the data's day`);
      codes.add(d.code);
      if (d.resolvedAt === null) unresolved += 1;
      const key = `${a.code}|${day.slice(0, 4)}`;
      const entry = lateByAgencyYear.get(key) ?? [0, 0];
      entry[0] += 1;
      if (d.resolvedAt !== null && localDayOf(d.resolvedAt) > localDayOf(d.dueAt)) entry[1] += 1;
      lateByAgencyYear.set(key, entry);
    }
    expect(broken).toEqual([]);
    const volume = dossierVolume(0.01, LAST_DAY);
    expect(codes.size).toBe(volume.total);
    expect(perStream.get("window")).toBe(expectedDossierCounts(0.01).received);
    expect(perStream.get("ALL")).toBe(volume.streams.find((s) => s.label === "dossiers-merged")!.dossiers);
    expect((perStream.get("NT") ?? 0) + (perStream.get("window") ?? 0)).toBe(perStream.get("KH"));
    // the data's day has open dossiers, as a live system would
    expect(unresolved).toBeGreaterThan(100);
    // the 10 % rule has cases after the merger too
    const overTen = [...lateByAgencyYear].filter(([key, [n, late]]) => key >= "" && n >= 50 && late / n > 0.1).map(([key]) => key);
    expect(overTen).toEqual(expect.arrayContaining(["X-BAC-AI-TAY|2025", "X-SUOI-DAU|2026"]));
  });

  it("grow with the merged population: about twice old Ninh Thuận's volume after 01/07/2025", () => {
    const volume = dossierVolume(1, LAST_DAY);
    expect(volume.calibration).toBe(3_761_706);
    const merged = volume.streams.find((s) => s.label === "dossiers-merged")!.dossiers;
    const days = LAST_DAY - dayIndex("2025-07-01") + 1;
    expect(merged / days).toBeGreaterThan((2 * 3_761_706) / (DOSSIER_LAST_DAY + 1));
    expect(volume.total).toBeGreaterThan(13_000_000);
  });
});

describe("the tasks after the window", () => {
  it("go to units in force on their day, with unique codes, none completed after the data's day", () => {
    const codes = new Set<string>();
    let broken = 0;
    let rows = 0;
    for (const task of generateTasks(0.05, LAST_DAY)) {
      rows += 1;
      codes.add(task.code);
      const day = isoDate(localDayOf(task.assignedAt));
      const a = AGENCIES[task.agency]!;
      if (!(a.validFrom <= day && (a.validTo === null || a.validTo >= day))) broken += 1;
      if (task.completedAt !== null && task.completedAt > AS_OF_END) broken += 1;
      if (task.assignedAt > AS_OF_END) broken += 1;
    }
    expect(broken).toBe(0);
    // old Ninh Thuận's series runs on after the window: task.code is unique in the database
    expect(codes.size).toBe(rows);
    expect(codes.size).toBeGreaterThan(expectedTaskCounts(0.05).assigned * 3);
  });
});
