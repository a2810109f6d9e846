// The drill-down's rows on the hand-made quarter (dossier-fixture.ts): figures per level, the late
// rules at their edges (an official at exactly 10 % is not flagged, one just above is; an agency
// at exactly 10 % is), server-side sorting, keyset cursors and the heat map's bands.
import { describe, expect, it } from "vitest";
import { countDossiers, type DossierRecord } from "@/lib/metrics/dossiers";
import {
  decodeCursor,
  drillPeriodOptions,
  drillRow,
  encodeCursor,
  heatBand,
  nextSort,
  sortRows,
  type DrillRow,
} from "@/lib/metrics/drill-down";
import { monthPeriod, periodKey, quarterPeriod } from "@/lib/metrics/periods";
import { FIXTURE } from "./dossier-fixture";

const Q2 = quarterPeriod(2024, 2);
const at = (local: string) => new Date(`${local}+07:00`);

/** n dossiers received in May 2024, `late` of them resolved a day after their due day, the rest on it. */
function official(n: number, late: number): DossierRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    receivedAt: at("2024-05-02T08:00:00"),
    dueAt: at("2024-05-10T17:00:00"),
    resolvedAt: at(i < late ? "2024-05-11T08:00:00" : "2024-05-10T16:00:00"),
    channel: "IN_PERSON" as const,
    syncedToNationalPortal: false,
    digitized: false,
    hasElectronicResult: false,
  }));
}

describe("drill-down rows on the hand-made quarter", () => {
  const byCode = new Map(FIXTURE.map((d) => [d.code, d]));
  const pick = (...codes: string[]) => codes.map((code) => byCode.get(code)!);

  it("an agency row holds the quarter's figures of DESIGN §5.2", () => {
    const row = drillRow("1", "Sở Tư pháp", countDossiers(FIXTURE, Q2), "agency");
    expect(row.figures).toMatchObject({
      carriedOver: 3, // A, I and J were open on 01/04
      received: 5,
      toProcess: 8,
      resolvedEarly: 1,
      resolvedOnTime: 1, // A, resolved on its due day
      resolvedLate: 2, // C, and I resolved at 00:30 on 01/04 after its due day
      overdueAtEnd: 2, // D due 28/06 and J, open on 30/06
      lateRate: 0.5,
      onTimeRate: 0.5,
    });
    expect(row.breaksRule).toBe(true);
  });

  it("a month row carries over what the earlier months left open", () => {
    // April: A, I, J carried over; B received; A on time, B early, I late; J overdue at 30/04
    const april = drillRow("2024-04-01", "Tháng 04/2024", countDossiers(FIXTURE, monthPeriod(2024, 4)));
    expect(april.figures).toMatchObject({ carriedOver: 3, received: 1, resolvedEarly: 1, resolvedOnTime: 1, resolvedLate: 1, overdueAtEnd: 1 });
    expect(april.figures.lateRate).toBe(0.5);
    // June: D overdue at 30/06, G received at 23:59:59.999 on 30/06 counts in June, H (01/07 00:00) does not
    const june = countDossiers(FIXTURE, monthPeriod(2024, 6));
    expect(june.received).toBe(3); // D, E, G
    expect(june.overdueAtEnd).toBe(2); // D, J
    const july = countDossiers(FIXTURE, monthPeriod(2024, 7));
    expect(july.received).toBe(1); // H
    expect(july.carriedOver).toBe(4); // D, E, G, J
  });

  it("a procedure row with one dossier resolved on its due day has no late dossier", () => {
    const row = drillRow("7", "Thủ tục A", countDossiers(pick("A"), Q2));
    expect(row.figures).toMatchObject({ carriedOver: 1, received: 0, resolvedOnTime: 1, lateRate: 0, onTimeRate: 1 });
  });

  it("an empty group has no rate, not 0 %", () => {
    const row = drillRow("8", "Thủ tục F", countDossiers(pick("F"), Q2));
    expect(row.figures.toProcess).toBe(0);
    expect(row.figures.lateRate).toBeNull();
    expect(row.figures.onTimeRate).toBeNull();
  });

  it("flags an official strictly above 10 % late, not one at exactly 10 %", () => {
    const exactly = drillRow("1", "Nguyễn Văn A", countDossiers(official(10, 1), Q2), "official");
    const above = drillRow("2", "Trần Thị B", countDossiers(official(9, 1), Q2), "official");
    expect(exactly.figures.lateRate).toBe(0.1);
    expect(exactly.breaksRule).toBe(false);
    expect(above.figures.lateRate).toBeCloseTo(1 / 9, 12);
    expect(above.breaksRule).toBe(true);
  });

  it("flags an agency at exactly 10 % late (at or above)", () => {
    expect(drillRow("1", "UBND xã", countDossiers(official(10, 1), Q2), "agency").breaksRule).toBe(true);
    expect(drillRow("1", "UBND xã", countDossiers(official(11, 1), Q2), "agency").breaksRule).toBe(false);
  });

  it("never flags rows that have no rule", () => {
    expect(drillRow("1", "Lĩnh vực", countDossiers(official(2, 2), Q2)).breaksRule).toBe(false);
  });
});

describe("sortRows", () => {
  const row = (key: string, name: string, lateRate: number | null, received: number): DrillRow => {
    const base = drillRow(key, name, { ...countDossiers([], Q2), received });
    return { ...base, figures: { ...base.figures, lateRate } };
  };
  const rows = [row("1", "Sở Y tế", 0.2, 5), row("2", "Sở Tư pháp", null, 0), row("3", "Ban Quản lý", 0.05, 9), row("4", "Ấp Bắc", 0.2, 1)];

  it("sorts by a figure, missing rates last in both directions, ties by Vietnamese name", () => {
    expect(sortRows(rows, { key: "lateRate", dir: "desc" }).map((r) => r.key)).toEqual(["4", "1", "3", "2"]);
    expect(sortRows(rows, { key: "lateRate", dir: "asc" }).map((r) => r.key)).toEqual(["3", "4", "1", "2"]);
    expect(sortRows(rows, { key: "received", dir: "desc" }).map((r) => r.key)).toEqual(["3", "1", "4", "2"]);
  });

  it("sorts by name in Vietnamese order", () => {
    expect(sortRows(rows, { key: "name", dir: "asc" }).map((r) => r.name)).toEqual(["Ấp Bắc", "Ban Quản lý", "Sở Tư pháp", "Sở Y tế"]);
    expect(sortRows(rows, { key: "name", dir: "desc" }).map((r) => r.name)[0]).toBe("Sở Y tế");
  });

  it("leaves its input alone", () => {
    const before = rows.map((r) => r.key);
    sortRows(rows, { key: "received", dir: "asc" });
    expect(rows.map((r) => r.key)).toEqual(before);
  });

  it("a header flips the current column and starts others at the worst first", () => {
    expect(nextSort({ key: "lateRate", dir: "desc" }, "lateRate")).toEqual({ key: "lateRate", dir: "asc" });
    expect(nextSort({ key: "lateRate", dir: "asc" }, "received")).toEqual({ key: "received", dir: "desc" });
    expect(nextSort({ key: "lateRate", dir: "asc" }, "name")).toEqual({ key: "name", dir: "asc" });
  });
});

describe("keyset cursors", () => {
  it("round-trips the last row's receipt instant and id, to the millisecond", () => {
    const cursor = { receivedAt: at("2024-06-30T23:59:59.999"), id: 123456 };
    const text = encodeCursor(cursor);
    expect(text).toBe(`${cursor.receivedAt.getTime()}.123456`);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  it("refuses anything else", () => {
    for (const text of ["", "abc", "1.2.3", "-5.1", "1719766799999", "1719766799999.99999999999", "1.x"]) {
      expect(decodeCursor(text)).toBeNull();
    }
  });
});

describe("drillPeriodOptions", () => {
  it("offers years, quarters and months up to the as-of day, newest first", () => {
    const options = drillPeriodOptions(2024, "2024-08-31").map(periodKey);
    expect(options.slice(0, 4)).toEqual(["2024", "2024-Q3", "2024-Q2", "2024-Q1"]);
    expect(options).toContain("2024-08");
    expect(options).not.toContain("2024-09");
    expect(options).not.toContain("2024-Q4");
    expect(options).toHaveLength(1 + 3 + 8);
  });
});

describe("heatBand", () => {
  it("puts the 10 % rule at the top band's edge and no data apart", () => {
    expect([null, 0, 0.0199, 0.02, 0.0499, 0.05, 0.0999, 0.1, 0.5].map(heatBand)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});
