// Who carries whose history: chains, splits, absorptions, abolitions, and lines not yet in force.
import { describe, expect, it } from "vitest";
import { Succession } from "@/lib/org/succession";
import { succession } from "./fixture";

const TODAY = "2025-12-31";

describe("today's units of a historical unit", () => {
  const s = succession();

  it("a unit in force carries its own history", () => {
    expect(s.currentUnitsOf(6, TODAY)).toEqual([{ agencyId: 6, share: 1 }]);
    expect(s.isCurrent(9, TODAY)).toBe(true);
  });

  it("merged units go to their successor, a split goes to both by its shares", () => {
    expect(s.currentUnitsOf(1, TODAY)).toEqual([{ agencyId: 3, share: 1 }]);
    expect(s.currentUnitsOf(4, TODAY)).toEqual([{ agencyId: 5, share: 0.6 }, { agencyId: 6, share: 0.4 }]);
  });

  it("an absorbed unit goes to the unit that absorbed it; an abolished district to its territory or to nobody", () => {
    expect(s.currentUnitsOf(8, TODAY)).toEqual([{ agencyId: 9, share: 1 }]);
    expect(s.currentUnitsOf(10, TODAY)).toEqual([{ agencyId: 3, share: 1 }]);
    expect(s.currentUnitsOf(11, TODAY)).toEqual([]);
  });

  it("a transfer keeps the unit: it still carries its own history until it merges", () => {
    expect(s.currentUnitsOf(7, "2025-01-15")).toEqual([{ agencyId: 7, share: 1 }]);
    expect(s.currentUnitsOf(7, TODAY)).toEqual([{ agencyId: 3, share: 1 }]);
  });

  it("lines that take effect after the day are not followed yet", () => {
    expect(s.currentUnitsOf(1, "2025-06-30")).toEqual([{ agencyId: 1, share: 1 }]);
    expect(s.currentUnitsOf(4, "2025-02-28")).toEqual([{ agencyId: 4, share: 1 }]);
  });

  it("shares multiply along a chain and add up where paths meet again", () => {
    const chain = new Succession(
      [
        { id: 1, validFrom: "2021-01-01", validTo: "2024-12-31", parentId: null },
        { id: 2, validFrom: "2025-01-01", validTo: "2025-06-30", parentId: null },
        { id: 3, validFrom: "2025-01-01", validTo: null, parentId: null },
        { id: 4, validFrom: "2025-07-01", validTo: null, parentId: null },
      ],
      [
        { kind: "SPLIT", predecessorId: 1, successorId: 2, share: 0.5, effectiveOn: "2025-01-01" },
        { kind: "SPLIT", predecessorId: 1, successorId: 3, share: 0.5, effectiveOn: "2025-01-01" },
        { kind: "SPLIT", predecessorId: 2, successorId: 3, share: 0.2, effectiveOn: "2025-07-01" },
        { kind: "SPLIT", predecessorId: 2, successorId: 4, share: 0.8, effectiveOn: "2025-07-01" },
      ],
    );
    const [three, four] = chain.currentUnitsOf(1, TODAY);
    expect(three?.agencyId).toBe(3);
    expect(three?.share).toBeCloseTo(0.6, 12);
    expect(four).toEqual({ agencyId: 4, share: 0.4 });
    expect(chain.predecessorsOf(3, TODAY)).toEqual([1, 2]);
  });

  it("refuses lines that go round in a circle", () => {
    const circle = new Succession(
      [
        { id: 1, validFrom: "2021-01-01", validTo: "2024-12-31", parentId: null },
        { id: 2, validFrom: "2021-01-01", validTo: "2024-12-31", parentId: null },
      ],
      [
        { kind: "MERGE", predecessorId: 1, successorId: 2, share: 1, effectiveOn: "2025-01-01" },
        { kind: "MERGE", predecessorId: 2, successorId: 1, share: 1, effectiveOn: "2025-01-01" },
      ],
    );
    expect(() => circle.currentUnitsOf(1, TODAY)).toThrow(/cycle/);
  });
});

describe("predecessors and chains", () => {
  const s = succession();

  it("a current unit's predecessors reach back through every act", () => {
    expect(s.predecessorsOf(3, TODAY)).toEqual([1, 2, 7, 10]);
    expect(s.predecessorsOf(9, TODAY)).toEqual([8]);
    expect(s.predecessorsOf(6, TODAY)).toEqual([4]);
    expect(s.predecessorsOf(3, "2025-06-30")).toEqual([]);
  });

  it("the chain of a split unit lists its act and its successors with shares", () => {
    expect(s.chainOf(4, TODAY)).toEqual([
      { from: 4, kind: "SPLIT", effectiveOn: "2025-03-01", to: [{ agencyId: 5, share: 0.6 }, { agencyId: 6, share: 0.4 }] },
    ]);
    expect(s.chainOf(6, TODAY)).toEqual([]);
    expect(s.chainOf(11, TODAY)).toEqual([{ from: 11, kind: "ABOLISH", effectiveOn: "2025-07-01", to: [] }]);
  });
});
