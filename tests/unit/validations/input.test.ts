// The character, id and date rules every input obeys (lib/validations/input.ts), and the import
// and API record schemas that use them: what a provincial system or an uploaded file would see.
import { describe, expect, it } from "vitest";
import { fieldMessagesOf, formCharacterErrors, messageOfIssue } from "@/lib/validations/issue-messages";
import { z } from "zod";
import {
  codeProblem, isPlausibleLocalDate, latestPlausibleYear, MAX_DB_INT, plausibleDay, recordId, textProblem,
} from "@/lib/validations/input";
import { dossierRecordSchema } from "@/lib/validations/dossiers";
import { taskRecordSchema } from "@/lib/validations/tasks";
import { listQuerySchema } from "@/lib/validations/api-tokens";
import { t } from "@/tests/support/vi";

const NOW = new Date("2026-06-01T00:00:00Z");

describe("character rules", () => {
  it("let Vietnamese text, tabs and line breaks through", () => {
    for (const value of ["Rà soát, đơn giản hóa thủ tục", "hai\ndòng\r\nvà\ttab", "Phan Rang–Tháp Chàm", "emoji 👍", ""]) {
      expect(textProblem(value)).toBeNull();
    }
  });

  it("refuse NUL, other C0 and C1 controls and DEL in free text", () => {
    for (const value of ["a\u0000b", "\u0001", "bell\u0007", "esc\u001b[0m", "del\u007f", "c1\u0085", "\u009f"]) {
      expect(textProblem(value)).toBe("control");
    }
  });

  it("refuse lone surrogates and bidi controls", () => {
    expect(textProblem("\ud800")).toBe("encoding");
    expect(textProblem("x\udc00y")).toBe("encoding");
    expect(textProblem("👍")).toBeNull();
    for (const mark of ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"]) {
      expect(textProblem(`abc${mark}def`)).toBe("bidi");
    }
  });

  it("refuse invisible characters, tabs and line breaks in codes only", () => {
    for (const mark of ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u2028"]) {
      expect(codeProblem(`STP${mark}`)).toBe("invisible");
      expect(textProblem(`STP${mark}`)).toBeNull();
    }
    expect(codeProblem("ST\tP")).toBe("control");
    expect(codeProblem("H58.22-240815-0001")).toBeNull();
  });

  it("name the offending form fields, repeated fields included, and skip files", () => {
    expect(formCharacterErrors({ title: "ok", note: "x\u0000", tags: ["a", "b\u202e"], file: new Blob(["\u0000"]) })).toEqual({
      note: [t("input.error.control")],
      tags: [t("input.error.bidi")],
    });
  });
});

describe("ids and dates", () => {
  it("keep record ids within PostgreSQL's integer", () => {
    const id = recordId("Sai mã");
    expect(id.parse("2147483647")).toBe(MAX_DB_INT);
    for (const value of ["2147483648", "0", "-1", "1.5", "1e3x", ""]) expect(id.safeParse(value).success).toBe(false);
  });

  it("accept days from 2000 to ten years ahead and refuse 1900 and 9999", () => {
    expect(latestPlausibleYear(NOW)).toBe(2036);
    expect(isPlausibleLocalDate("2000-01-01", NOW)).toBe(true);
    expect(isPlausibleLocalDate("2036-12-31", NOW)).toBe(true);
    for (const value of ["1999-12-31", "1900-01-01", "2037-01-01", "9999-12-31", "2024-02-30", "0000-01-01"]) {
      expect(isPlausibleLocalDate(value, NOW)).toBe(false);
    }
    const day = plausibleDay("Ngày sai");
    expect(messageOfIssue(day.safeParse("1900-01-01").error!.issues[0]!)).toMatch(/khoảng hợp lý/);
    expect(messageOfIssue(day.safeParse("01/02/2024").error!.issues[0]!)).toBe("Ngày sai");
  });
});

const dossier = {
  code: "H58.22-240815-0001", procedureCode: "1.001612", agencyCode: "STP", channel: "Trực tuyến",
  receivedAt: "15/08/2024 09:30", dueAt: "20/08/2024",
};
const task = { code: "NV-1", title: "Rà soát thủ tục", agencyCode: "STP", assignedAt: "2024-03-01", dueAt: "2024-06-30" };

function messages(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldMessagesOf(result.error);
}

describe("import and API records", () => {
  it("still accept a clean record", () => {
    expect(messages(dossierRecordSchema, dossier)).toEqual({});
    expect(messages(taskRecordSchema, task)).toEqual({});
  });

  it("refuse NUL in a code or a title with a Vietnamese message (it used to reach PostgreSQL)", () => {
    expect(messages(dossierRecordSchema, { ...dossier, code: "H58\u0000" }).code).toEqual([t("input.error.control")]);
    expect(messages(taskRecordSchema, { ...task, title: "Rà soát\u0000" }).title).toEqual([t("input.error.control")]);
  });

  it("refuse zero-width and bidi characters in codes", () => {
    expect(messages(dossierRecordSchema, { ...dossier, agencyCode: "STP\u200b" }).agencyCode).toEqual([t("input.error.invisible")]);
    expect(messages(dossierRecordSchema, { ...dossier, procedureCode: "1.00\u202e1612" }).procedureCode).toEqual([t("input.error.bidi")]);
  });

  it("refuse dates outside the plausible span, as written in files and JSON", () => {
    expect(messages(dossierRecordSchema, { ...dossier, receivedAt: "01/01/1900" }).receivedAt?.[0]).toMatch(/khoảng hợp lý/);
    expect(messages(dossierRecordSchema, { ...dossier, dueAt: "9999-12-31" }).dueAt?.[0]).toMatch(/khoảng hợp lý/);
    expect(messages(taskRecordSchema, { ...task, completedAt: "9999-12-31T00:00:00Z" }).completedAt?.[0]).toMatch(/khoảng hợp lý/);
  });

  it("refuse counts beyond PostgreSQL's integer", () => {
    expect(messages(dossierRecordSchema, { ...dossier, rescheduleCount: 2147483648 }).rescheduleCount).toEqual([t("records.error.count")]);
    expect(messages(dossierRecordSchema, { ...dossier, rescheduleCount: "2147483647" })).toEqual({});
  });

  it("refuse NUL, bad dates and impossible cursors in the API query, in Vietnamese", () => {
    const query = (input: Record<string, string>) => fieldMessagesOf(listQuerySchema.safeParse(input).error!);
    expect(query({ agencyCode: "ST\u0000P" }).agencyCode).toEqual([t("input.error.control")]);
    expect(query({ from: "9999-12-31" }).from).toEqual([t("api.error.queryDate")]);
    expect(query({ limit: "100000" }).limit).toEqual([t("api.error.limit")]);
    const beyond = Buffer.from("99999999999", "utf8").toString("base64url");
    expect(query({ cursor: beyond }).cursor).toEqual([t("api.error.cursor")]);
    expect(listQuerySchema.safeParse({ cursor: Buffer.from("42").toString("base64url") }).success).toBe(true);
  });
});
