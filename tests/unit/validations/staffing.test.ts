import { describe, expect, it } from "vitest";
import { fieldMessagesOf } from "@/lib/validations/issue-messages";
import { z } from "zod";
import {
  createQuotaDecisionSchema,
  headcountReportSchema,
  lineField,
  targetSchema,
  updateQuotaDecisionSchema,
} from "@/lib/validations/staffing";
import { vi } from "@/lib/i18n/messages/vi";

const fieldErrors = (result: { success: false; error: z.ZodError }) =>
  fieldMessagesOf(result.error);

function errorsOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a refusal");
  return fieldErrors(result);
}

const header = { number: " 1234/QĐ-UBND ", decidedOn: "2024-12-20", year: "2025" };

describe("quota decision", () => {
  it("reads form lines by index, skips blank lines and trims the number", () => {
    const parsed = createQuotaDecisionSchema.parse({
      ...header,
      [lineField(0, "agencyId")]: "5",
      [lineField(0, "CIVIL_SERVANT")]: "60",
      [lineField(0, "PUBLIC_EMPLOYEE")]: "25",
      [lineField(0, "total")]: "85",
      [lineField(1, "agencyId")]: "",
      [lineField(1, "CIVIL_SERVANT")]: "",
      [lineField(3, "agencyId")]: "7",
      [lineField(3, "COMMUNE_OFFICIAL")]: "0",
    });
    expect(parsed.number).toBe("1234/QĐ-UBND");
    expect(parsed.year).toBe(2025);
    expect(parsed.lines).toEqual([
      { index: 0, agencyId: 5, CIVIL_SERVANT: 60, PUBLIC_EMPLOYEE: 25, COMMUNE_OFFICIAL: undefined, total: 85 },
      { index: 3, agencyId: 7, CIVIL_SERVANT: undefined, PUBLIC_EMPLOYEE: undefined, COMMUNE_OFFICIAL: 0, total: undefined },
    ]);
  });

  it("refuses a total that is not the sum of the categories, on that line's field", () => {
    const errors = errorsOf(createQuotaDecisionSchema, {
      ...header,
      [lineField(2, "agencyId")]: "5",
      [lineField(2, "CIVIL_SERVANT")]: "60",
      [lineField(2, "PUBLIC_EMPLOYEE")]: "25",
      [lineField(2, "total")]: "86",
    });
    expect(errors[lineField(2, "total")]).toEqual([vi["staffing.error.sum"]]);
  });

  it("refuses negative values, a line without category, a repeated agency and no line", () => {
    expect(errorsOf(createQuotaDecisionSchema, { ...header, [lineField(0, "agencyId")]: "5", [lineField(0, "CIVIL_SERVANT")]: "-1" }).lines).toEqual([
      vi["staffing.error.negative"],
    ]);
    expect(errorsOf(createQuotaDecisionSchema, { ...header, [lineField(0, "agencyId")]: "5", [lineField(0, "total")]: "3" })[lineField(0, "total")]).toEqual([
      vi["staffing.error.lineEmpty"],
    ]);
    const repeated = errorsOf(createQuotaDecisionSchema, {
      ...header,
      [lineField(0, "agencyId")]: "5",
      [lineField(0, "CIVIL_SERVANT")]: "1",
      [lineField(1, "agencyId")]: "5",
      [lineField(1, "PUBLIC_EMPLOYEE")]: "2",
    });
    expect(repeated[lineField(1, "agencyId")]).toEqual([vi["staffing.error.duplicateAgency"]]);
    expect(errorsOf(createQuotaDecisionSchema, header).lines).toEqual([vi["staffing.error.noLines"]]);
  });

  it("refuses an impossible date, a blank number and a year out of range", () => {
    const errors = errorsOf(createQuotaDecisionSchema, {
      number: "  ", decidedOn: "2024-02-30", year: "1999",
      [lineField(0, "agencyId")]: "5", [lineField(0, "CIVIL_SERVANT")]: "1",
    });
    expect(Object.keys(errors).sort()).toEqual(["decidedOn", "number", "year"]);
  });

  it("needs the decision's id to update it", () => {
    const input = { ...header, [lineField(0, "agencyId")]: "5", [lineField(0, "CIVIL_SERVANT")]: "1" };
    expect(Object.keys(errorsOf(updateQuotaDecisionSchema, input))).toEqual(["decisionId"]);
    expect(updateQuotaDecisionSchema.parse({ ...input, decisionId: "4" }).decisionId).toBe(4);
  });
});

describe("headcount report", () => {
  const base = { agencyId: "3", year: "2024" };

  it("keeps the categories given, and checks the total against their sum", () => {
    const parsed = headcountReportSchema.parse({
      ...base,
      "headcount-CIVIL_SERVANT": "58",
      "streamlined-CIVIL_SERVANT": "2",
      "headcount-PUBLIC_EMPLOYEE": "24",
      "streamlined-PUBLIC_EMPLOYEE": "",
      totalHeadcount: "82",
    });
    expect(parsed).toEqual({
      agencyId: 3,
      year: 2024,
      totalHeadcount: 82,
      categories: [
        { category: "CIVIL_SERVANT", headcount: 58, streamlined: 2 },
        { category: "PUBLIC_EMPLOYEE", headcount: 24, streamlined: null },
      ],
    });
    expect(errorsOf(headcountReportSchema, { ...base, "headcount-CIVIL_SERVANT": "58", "headcount-PUBLIC_EMPLOYEE": "24", totalHeadcount: "83" }).totalHeadcount).toEqual([
      vi["staffing.error.sum"],
    ]);
  });

  it("refuses negative numbers, fractions, a missing total and an empty report", () => {
    expect(errorsOf(headcountReportSchema, { ...base, "headcount-CIVIL_SERVANT": "-5", totalHeadcount: "-5" })).toMatchObject({
      "headcount-CIVIL_SERVANT": [vi["staffing.error.negative"]],
      totalHeadcount: [vi["staffing.error.negative"]],
    });
    expect(errorsOf(headcountReportSchema, { ...base, "streamlined-CIVIL_SERVANT": "1.5", totalHeadcount: "0" })["streamlined-CIVIL_SERVANT"]).toEqual([
      vi["staffing.error.count"],
    ]);
    expect(errorsOf(headcountReportSchema, { ...base, "headcount-CIVIL_SERVANT": "5" }).totalHeadcount).toEqual([vi["staffing.error.totalRequired"]]);
    expect(errorsOf(headcountReportSchema, { ...base, totalHeadcount: "0" }).totalHeadcount).toEqual([vi["staffing.error.reportEmpty"]]);
  });
});

describe("target", () => {
  const target = { code: "staff_cut_2030", targetYear: "2030", baselineYear: "2025", value: "7.5", unit: "PERCENT", description: "Giảm 7,5 %" };

  it("accepts a percent target and upper-cases the code", () => {
    const parsed = targetSchema.parse({ ...target, category: "CIVIL_SERVANT", source: "" });
    expect(parsed).toMatchObject({ code: "STAFF_CUT_2030", value: 7.5, category: "CIVIL_SERVANT", baselineYear: 2025, source: undefined });
  });

  it("refuses a target year not after the baseline, a percent over 100, a fractional count and a negative value", () => {
    expect(errorsOf(targetSchema, { ...target, targetYear: "2025" }).targetYear).toEqual([vi["staffing.error.targetYearOrder"]]);
    expect(errorsOf(targetSchema, { ...target, value: "120" }).value).toEqual([vi["staffing.error.percent"]]);
    expect(errorsOf(targetSchema, { ...target, unit: "COUNT", value: "10.5" }).value).toEqual([vi["staffing.error.count"]]);
    expect(errorsOf(targetSchema, { ...target, value: "-1" }).value).toEqual([vi["staffing.error.negative"]]);
  });
});
