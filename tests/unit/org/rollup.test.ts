// Figures across a reorganisation, computed by hand: a merger of two units, a split with shares, a
// commune moved between districts, a unit closed in the middle of a quarter, and a period that
// straddles 01/07/2025 read by today's units and by the units of the time.
import { describe, expect, it } from "vitest";
import { countDossiers, EMPTY_DOSSIER_COUNTS, type DossierCounts } from "@/lib/metrics/dossiers";
import { quarterPeriod, rangePeriod, type Period } from "@/lib/metrics/periods";
import { divideCount, rollUpCounts } from "@/lib/org/rollup";
import { parentOn } from "@/lib/org/units-of-time";
import { countsByView, parseUnitsView } from "@/lib/org/views";
import { DOSSIERS, LINES, UNITS, succession } from "./fixture";

const KEYS = Object.keys(EMPTY_DOSSIER_COUNTS) as (keyof DossierCounts)[];
const TODAY = "2025-12-31";

function byAgency(period: Period): Map<number, DossierCounts> {
  const ids = [...new Set(DOSSIERS.map((d) => d.agencyId))];
  const result = new Map<number, DossierCounts>();
  for (const id of ids) {
    const counts = countDossiers(DOSSIERS.filter((d) => d.agencyId === id), period);
    if (Object.values(counts).some((value) => value !== 0)) result.set(id, counts);
  }
  return result;
}

const counts = (values: Partial<DossierCounts>): DossierCounts => ({ ...EMPTY_DOSSIER_COUNTS, ...values });

describe("dividing a count by shares", () => {
  it("gives integers that add up, the remainder to the largest fraction, ties to the first", () => {
    expect(divideCount(5, [{ agencyId: 5, share: 0.6 }, { agencyId: 6, share: 0.4 }])).toEqual([3, 2]);
    expect(divideCount(3, [{ agencyId: 5, share: 0.6 }, { agencyId: 6, share: 0.4 }])).toEqual([2, 1]);
    expect(divideCount(1, [{ agencyId: 5, share: 0.5 }, { agencyId: 6, share: 0.5 }])).toEqual([1, 0]);
    expect(divideCount(-7, [{ agencyId: 1, share: 0.5 }, { agencyId: 2, share: 0.5 }])).toEqual([-4, -3]);
    expect(divideCount(10, [{ agencyId: 1, share: 1 / 3 }, { agencyId: 2, share: 1 / 3 }, { agencyId: 3, share: 1 / 3 }])).toEqual([4, 3, 3]);
  });

  it("leaves out the part of a history abolished without a successor", () => {
    expect(divideCount(5, [{ agencyId: 1, share: 0.5 }])).toEqual([3]);
    expect(rollUpCounts(new Map([[1, { n: 5 }]]), () => [{ agencyId: 2, share: 0.5 }], ["n"])).toEqual({
      byUnit: new Map([[2, { n: 3 }]]),
      unassigned: { n: 2 },
    });
  });
});

describe("a period straddling 01/07/2025 (01/06–31/07/2025)", () => {
  const period = rangePeriod("2025-06-01", "2025-07-31");
  const context = { succession: succession(), period, asOf: TODAY };

  it("by the units of the time: the merged communes, the new one and the districts each with their own rows", () => {
    const { byUnit, unassigned } = countsByView(byAgency(period), "time", context, KEYS);
    expect(unassigned).toBeNull();
    expect([...byUnit.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 5, 6, 7, 9, 10, 11]);
    expect(byUnit.get(1)).toEqual(counts({ received: 2, resolvedEarly: 1, resolvedLate: 1 }));
    expect(byUnit.get(2)).toEqual(counts({ received: 1, overdueAtEnd: 1 }));
    expect(byUnit.get(3)).toEqual(counts({ received: 2, resolvedOnTime: 1 }));
    expect(byUnit.get(10)).toEqual(counts({ received: 1, resolvedOnTime: 1 }));
    expect(byUnit.get(11)).toEqual(counts({ received: 1, resolvedLate: 1 }));
    expect(byUnit.get(7)).toEqual(counts({}));
  });

  it("by today's units: Xã AB carries A, B, C and district 10; district 11's history is carried by nobody", () => {
    const { byUnit, unassigned } = countsByView(byAgency(period), "today", context, KEYS);
    expect([...byUnit.keys()].sort((a, b) => a - b)).toEqual([3, 5, 6, 9]);
    expect(byUnit.get(3)).toEqual(counts({ received: 6, resolvedEarly: 1, resolvedOnTime: 2, resolvedLate: 1, overdueAtEnd: 1 }));
    expect(unassigned).toEqual(counts({ received: 1, resolvedLate: 1 }));
    // the province's total is the same whichever units it is read by
    const total = (map: Map<number, DossierCounts>, extra: DossierCounts) => [...map.values()].reduce((sum, c) => sum + c.received, extra.received);
    expect(total(byUnit, unassigned!)).toBe(total(countsByView(byAgency(period), "time", context, KEYS).byUnit, counts({})));
  });
});

describe("a split with shares (Q4/2024, read after the split of 01/03/2025)", () => {
  const period = quarterPeriod(2024, 4);

  it("divides each count of Sở Lao động 60 : 40 into integers that add up", () => {
    const { byUnit } = countsByView(byAgency(period), "today", { succession: succession(), period, asOf: TODAY }, KEYS);
    expect(byUnit.get(5)).toEqual(counts({ received: 3, resolvedEarly: 2, resolvedOnTime: 1, resolvedLate: 1 }));
    expect(byUnit.get(6)).toEqual(counts({ received: 2, resolvedEarly: 1 }));
  });

  it("by the units of the time the department is still one row", () => {
    const { byUnit } = countsByView(byAgency(period), "time", { succession: succession(), period, asOf: TODAY }, KEYS);
    expect(byUnit.get(4)).toEqual(counts({ received: 5, resolvedEarly: 3, resolvedOnTime: 1, resolvedLate: 1 }));
    expect(byUnit.has(5)).toBe(false);
  });
});

describe("a unit closed in the middle of a quarter (Xã D, absorbed by Xã E on 16/08/2024)", () => {
  const period = quarterPeriod(2024, 3);
  const context = { succession: succession(), period, asOf: TODAY };

  it("by the units of the time both rows are there, each with its own dossiers", () => {
    const { byUnit } = countsByView(byAgency(period), "time", context, KEYS);
    expect(byUnit.get(8)).toEqual(counts({ received: 2, resolvedEarly: 1, resolvedLate: 1 }));
    expect(byUnit.get(9)).toEqual(counts({ received: 1, resolvedOnTime: 1 }));
  });

  it("by today's units Xã E carries Xã D's quarter too", () => {
    const { byUnit } = countsByView(byAgency(period), "today", context, KEYS);
    expect(byUnit.get(9)).toEqual(counts({ received: 3, resolvedEarly: 1, resolvedOnTime: 1, resolvedLate: 1 }));
    expect(byUnit.has(8)).toBe(false);
  });
});

describe("a commune moved to another district (Xã C, 01/11/2024)", () => {
  it("hangs under district 10 before the move and under district 11 after it", () => {
    const xaC = UNITS.find((unit) => unit.id === 7)!;
    expect(parentOn(xaC, "2024-09-30", LINES)).toBe(10);
    expect(parentOn(xaC, "2024-10-31", LINES)).toBe(10);
    expect(parentOn(xaC, "2024-11-01", LINES)).toBe(11);
    expect(parentOn(xaC, "2025-12-31", LINES)).toBe(11);
  });

  it("counts under the district of the time in each quarter", () => {
    const districtOf = (period: Period) => {
      const totals = new Map<number, number>();
      for (const [id, value] of byAgency(period)) {
        const unit = UNITS.find((u) => u.id === id)!;
        const parent = parentOn(unit, period.to, LINES) ?? id;
        totals.set(parent, (totals.get(parent) ?? 0) + value.received);
      }
      return totals;
    };
    expect(districtOf(quarterPeriod(2024, 3)).get(10)).toBe(4); // D's two, E's one, C's one
    expect(districtOf(quarterPeriod(2024, 4)).get(11)).toBe(1);
  });
});

describe("the view parameter", () => {
  it("is today's units unless the URL asks for the units of the time", () => {
    expect(parseUnitsView(undefined)).toBe("today");
    expect(parseUnitsView("time")).toBe("time");
    expect(parseUnitsView("bogus")).toBe("today");
  });
});
