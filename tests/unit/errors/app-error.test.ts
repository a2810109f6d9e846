// Typed error codes: the words come from the catalogue with the code's arguments, in the reader's
// language; field problems are codes too; every code names a message that exists in both
// catalogues and fills every placeholder it has.
import { describe, expect, it } from "vitest";
import { AppError, APP_ERRORS, addFieldIssue, detailMessage, type AppErrorCode, type FieldIssues } from "@/lib/errors";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";

describe("AppError", () => {
  it("says a code with its arguments in Vietnamese and in English", () => {
    const error = new AppError("STAFFING_NO_QUOTA", { year: 2025 });
    expect(error.code).toBe("STAFFING_NO_QUOTA");
    expect(error.userMessage()).toBe("Đơn vị chưa được giao loại biên chế này năm 2025.");
    expect(error.userMessage("en")).toBe(en["staffing.error.noQuota"].replace("{year}", "2025"));
    expect(error.message).toBe(error.userMessage());
    expect(error.status).toBe(422);
  });

  it("renders an argument that is itself a message in the same language", () => {
    const error = new AppError("REPORT_NOT_EDITABLE", { status: { message: "reports.status.SUBMITTED" } });
    expect(error.userMessage()).toBe("Báo cáo đang ở trạng thái “Đã gửi”, không thể sửa hay gửi.");
    expect(error.userMessage("en")).toContain(en["reports.status.SUBMITTED"]);
  });

  it("renders a day in the reader's date format (issue 23)", () => {
    const error = new AppError("QUOTA_DECISION_BEFORE_LATEST", { date: { localDate: "2026-03-05" } });
    expect(error.userMessage()).toBe("Ngày quyết định không được trước ngày của quyết định đã ghi gần nhất (05/03/2026).");
    expect(error.userMessage("en")).toBe("The decision cannot be dated before the latest recorded decision (5 Mar 2026).");
  });

  it("shows its own message on the field it names, beside other field problems", () => {
    const fields: FieldIssues = {};
    addFieldIssue(fields, "criterion.4.self", { code: "ASSESSMENT_CRITERION_RANGE", args: { max: "10" } });
    addFieldIssue(fields, "criterion.4.self", { code: "ASSESSMENT_NO_SCORE" });
    const error = new AppError("ASSESSMENT_CRITERIA_OVER", { total: "104,5" }, { field: "maxScore", fields });
    expect(error.fieldMessages()).toEqual({
      maxScore: ["Tổng điểm tối đa các tiêu chí sẽ là 104,5, vượt quá 100."],
      "criterion.4.self": ["Điểm tiêu chí phải từ 0 đến 10.", "Nhập điểm tự chấm hoặc điểm thẩm định."],
    });
    expect(detailMessage({ code: "ASSESSMENT_NO_SCORE" }, "en")).toBe(en["assessments.error.noScore"]);
  });

  it("keeps the error it stands for as its cause", () => {
    const cause = new Error("driver text");
    expect(new AppError("INTERNAL_ERROR", {}, { cause }).cause).toBe(cause);
  });
});

describe("the list of codes", () => {
  const codes = Object.keys(APP_ERRORS) as AppErrorCode[];

  it("names only messages of the catalogue, with an HTTP status of an error", () => {
    for (const code of codes) {
      const spec = APP_ERRORS[code];
      expect(vi[spec.message], code).toBeTypeOf("string");
      expect(en[spec.message], code).toBeTypeOf("string");
      expect(spec.status, code).toBeGreaterThanOrEqual(400);
      expect(spec.status, code).toBeLessThan(600);
    }
  });

  it("has English messages with the same placeholders as the Vietnamese ones", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const code of codes) {
      const key = APP_ERRORS[code].message;
      expect(placeholders(en[key]), code).toEqual(placeholders(vi[key]));
    }
  });
});
