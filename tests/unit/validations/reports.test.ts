// The report form's input: vi-VN numbers, the per-indicator field names, evidence checks, and
// the return form's need for at least one comment.
import { describe, expect, it } from "vitest";
import { parseLocalNumber, returnReportSchema, saveReportSchema } from "@/lib/validations/reports";

describe("parseLocalNumber", () => {
  it("reads vi-VN and plain numbers", () => {
    expect(parseLocalNumber("1.234")).toBe(1234);
    expect(parseLocalNumber("1.234,5")).toBe(1234.5);
    expect(parseLocalNumber("62,5")).toBe(62.5);
    expect(parseLocalNumber("62.5")).toBe(62.5);
    expect(parseLocalNumber(" 40 ")).toBe(40);
    expect(parseLocalNumber("-3")).toBe(-3);
  });

  it("refuses words, two decimal marks and absurd sizes", () => {
    expect(parseLocalNumber("bốn")).toBeNull();
    expect(parseLocalNumber("1,2,3")).toBeNull();
    expect(parseLocalNumber("1e5")).toBeNull();
    expect(parseLocalNumber("9999999999999")).toBeNull();
  });
});

describe("saveReportSchema", () => {
  const base = { periodId: "3", agencyId: "7", version: "2", intent: "submit" };

  it("gathers the fields of each indicator by code and ignores names that are not indicator fields", () => {
    const parsed = saveReportSchema.parse({
      ...base,
      "value:LEGAL_ISSUED": " 8 ",
      "evidenceNumber:LEGAL_ISSUED": "15/BC-STP",
      "evidenceDate:LEGAL_ISSUED": "2024-07-05",
      "comment:LEGAL_ISSUED": "",
      "value:lower_case": "1",
      "other:LEGAL_ISSUED": "x",
      $ACTION_ID_1: "",
    });
    expect(parsed).toEqual({
      periodId: 3, agencyId: 7, version: 2, intent: "submit",
      entries: { LEGAL_ISSUED: { raw: "8", evidenceNumber: "15/BC-STP", evidenceDate: "2024-07-05", evidenceUrl: null, comment: null } },
    });
  });

  it("puts a bad date or link beside its field", () => {
    const result = saveReportSchema.safeParse({ ...base, "evidenceDate:A": "2024-02-30", "evidenceUrl:A": "javascript:alert(1)" });
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((issue) => issue.path[0]);
    expect(paths).toEqual(["evidenceDate:A", "evidenceUrl:A"]);
  });

  it("treats an unknown intent as a draft save", () => {
    expect(saveReportSchema.parse({ ...base, intent: "approve" }).intent).toBe("save");
  });
});

describe("returnReportSchema", () => {
  const ref = { reportId: "1", agencyId: "2", version: "3" };

  it("needs a comment on a value or a general one", () => {
    expect(returnReportSchema.safeParse({ ...ref, general: "", "comment:A": " " }).success).toBe(false);
    expect(returnReportSchema.parse({ ...ref, "comment:A": "Sai" }).comments).toEqual({ A: "Sai" });
    expect(returnReportSchema.parse({ ...ref, general: "Xem lại" }).general).toBe("Xem lại");
  });
});
