import { describe, expect, it } from "vitest";
import { dateBeforeLatest, isEditable, laterDecisions } from "@/lib/rules/quota-decisions";

const decisions = [
  { id: 1, decidedOn: "2022-01-10" },
  { id: 2, decidedOn: "2023-01-05" },
  { id: 3, decidedOn: "2023-01-05" }, // same day, recorded after 2
];

describe("quota decision order", () => {
  it("locks a decision once a later one exists, the same day counting by record order", () => {
    expect(isEditable(decisions[0]!, decisions)).toBe(false);
    expect(isEditable(decisions[1]!, decisions)).toBe(false);
    expect(isEditable(decisions[2]!, decisions)).toBe(true);
    expect(laterDecisions(decisions[0]!, decisions).map((d) => d.id)).toEqual([2, 3]);
  });

  it("keeps the only decision editable", () => {
    expect(isEditable(decisions[0]!, [decisions[0]!])).toBe(true);
  });

  it("refuses a date before the latest other decision, and accepts the same day or later", () => {
    expect(dateBeforeLatest("2023-01-04", decisions)).toBe("2023-01-05");
    expect(dateBeforeLatest("2023-01-05", decisions)).toBeNull();
    expect(dateBeforeLatest("2024-01-01", decisions)).toBeNull();
    expect(dateBeforeLatest("2020-01-01", [])).toBeNull();
  });

  it("ignores the decision being edited when checking its new date", () => {
    expect(dateBeforeLatest("2023-01-01", decisions, 3)).toBe("2023-01-05");
    expect(dateBeforeLatest("2022-06-01", [decisions[0]!, { id: 9, decidedOn: "2023-03-01" }], 9)).toBeNull();
  });
});
