// The pieces every page's URL schema is built from (issue 17 item 1): each turns a parameter into
// a bounded value or refuses it with a Vietnamese message — years and periods within the data's
// span, calendar days compared as days, ids within int4, closed sets, short texts without NUL.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { vi } from "@/lib/i18n/messages/vi";
import { t } from "@/tests/support/vi";
import { en } from "@/lib/i18n/messages/en";
import { quarterPeriod, rangePeriod, yearPeriod } from "@/lib/metrics/periods";
import {
  choiceParam,
  cursorParam,
  dayParam,
  flagParam,
  idParam,
  pageParam,
  parsePathId,
  parseSearchParams,
  periodParam,
  periodWithinSpan,
  readSearchParams,
  textParam,
  WHOLE_MONTHS,
  type DataSpan,
} from "@/lib/validations/search-params";

const SPAN: DataSpan = { firstYear: 2021, asOf: "2024-08-31" };

/** The messages a single parameter gets, or the value it is read as. */
function read<S extends z.ZodType>(schema: S, value: string | string[] | undefined) {
  const result = readSearchParams(z.object({ p: schema }), { p: value });
  return result.ok ? { value: (result.data as { p: unknown }).p } : { messages: result.messages };
}

describe("periodParam", () => {
  it("reads years, quarters, months and ranges that lie within the data", () => {
    expect(read(periodParam(SPAN), "2024")).toEqual({ value: yearPeriod(2024) });
    expect(read(periodParam(SPAN), "2021-Q1")).toEqual({ value: quarterPeriod(2021, 1) });
    expect(read(periodParam(SPAN), "2024-Q3")).toEqual({ value: quarterPeriod(2024, 3) });
    expect(read(periodParam(SPAN), "2021-09-28_2024-08-31")).toEqual({ value: rangePeriod("2021-09-28", "2024-08-31") });
    // a quarter or a year may run past the data's day (DESIGN §5.2a): it is then read "đến ngày 31/08/2024"
    expect(read(periodParam(SPAN), "2024-Q3")).toEqual({ value: quarterPeriod(2024, 3) });
    expect(read(periodParam(SPAN), "2024-08-01_2024-08-31")).toEqual({ value: rangePeriod("2024-08-01", "2024-08-31") });
  });

  it("refuses a range that ends after the data's day, saying which day the data reach", () => {
    expect(read(periodParam(SPAN), "2024-08-01_2024-09-01")).toEqual({ messages: [`Tham số “p”: ${t("params.rangeAfterData", { asOf: "31/08/2024", to: "01/09/2024" })}`] });
    expect(read(periodParam(SPAN), "2024-08-01_2024-12-31").messages?.[0]).toContain("chậm nhất vào ngày có số liệu 31/08/2024");
  });

  it("refuses the inputs that made the server work without bound", () => {
    for (const key of ["9999", "0000", "1970-01-01_9999-12-31", "2020", "2025", "2024-Q4", "2024-09", "2021-01-01_2025-01-01"]) {
      const outcome = read(periodParam(SPAN), key);
      expect(outcome, key).toHaveProperty("messages");
      expect(outcome.messages?.[0], key).toContain("nằm ngoài dữ liệu");
      expect(outcome.messages?.[0], key).toContain("01/01/2021");
      expect(outcome.messages?.[0], key).toContain("31/08/2024");
    }
  });

  it("refuses what is no period: five-digit years, days that do not exist, a reversed range", () => {
    for (const key of ["10000", "10000-01-01_10000-12-31", "2024-Q5", "2024-13", "2024-02-30_2024-03-01", "2024-03-31_2024-01-01", "hôm qua", " "]) {
      expect(read(periodParam(SPAN), key), key).toEqual({ messages: [`Tham số “p”: ${vi["params.period"]}`] });
    }
  });

  it("keeps to the kinds a page takes", () => {
    expect(read(periodParam(SPAN, WHOLE_MONTHS), "2024-05")).toEqual({ value: { kind: "month", from: "2024-05-01", to: "2024-05-31" } });
    expect(read(periodParam(SPAN, WHOLE_MONTHS), "2024-01-01_2024-03-31")).toEqual({ messages: [`Tham số “p”: ${vi["params.periodKind"]}`] });
  });
});

describe("days compared as days", () => {
  it("finds a period ending in year 10000 outside the data, where text comparison would not", () => {
    // "10000-01-01" <= "9999-12-31" as text: the bug that let /tasks count until year 9999
    expect("10000-01-01" <= "9999-12-31").toBe(true);
    expect(periodWithinSpan({ kind: "range", from: "2021-01-01", to: "10000-01-01" }, SPAN)).toBe(false);
    expect(periodWithinSpan({ kind: "range", from: "2021-01-01", to: "2024-12-31" }, SPAN)).toBe(true);
  });

  it("reads only real calendar days of the data's span", () => {
    expect(read(dayParam(SPAN), "2024-02-29")).toEqual({ value: "2024-02-29" });
    expect(read(dayParam(SPAN), "2023-02-29").messages?.[0]).toContain(vi["params.day"]);
    expect(read(dayParam(SPAN), "2020-12-31").messages?.[0]).toContain("01/01/2021");
    expect(read(dayParam(SPAN), "2025-01-01").messages?.[0]).toContain("31/12/2024");
    expect(read(dayParam(SPAN), "99999-01-01")).toHaveProperty("messages");
  });
});

describe("ids, pages, choices, texts, flags, cursors", () => {
  it("keeps ids within PostgreSQL's int4", () => {
    expect(read(idParam(), "2147483647")).toEqual({ value: 2_147_483_647 });
    for (const bad of ["2147483648", "99999999999", "0", "-1", "1e3", "12a", "1.5"]) {
      expect(read(idParam(), bad), bad).toEqual({ messages: [`Tham số “p”: ${vi["params.id"]}`] });
    }
  });

  it("answers a path segment that is no id with not found", () => {
    expect(parsePathId("42")).toBe(42);
    expect(() => parsePathId("2147483648")).toThrow();
    expect(() => parsePathId("abc")).toThrow();
  });

  it("stops pages at a ceiling", () => {
    expect(read(pageParam(), "10000")).toEqual({ value: 10_000 });
    expect(read(pageParam(), "10001")).toHaveProperty("messages");
    expect(read(pageParam(), "0")).toHaveProperty("messages");
  });

  it("takes a closed set's members only", () => {
    expect(read(choiceParam(["asc", "desc"]), "asc")).toEqual({ value: "asc" });
    expect(read(choiceParam(["asc", "desc"]), "drop table")).toEqual({ messages: ["Tham số “p”: phải là một trong các giá trị: asc, desc."] });
  });

  it("refuses NUL and other control characters in a text, and texts too long", () => {
    expect(read(textParam(100), "  báo cáo ")).toEqual({ value: "báo cáo" });
    expect(read(textParam(100), "a\u0000b")).toHaveProperty("messages");
    expect(read(textParam(100), "x".repeat(101))).toHaveProperty("messages");
  });

  it("reads a checkbox as 1 or absent", () => {
    expect(read(flagParam(), "1")).toEqual({ value: true });
    expect(read(flagParam(), undefined)).toEqual({ value: false });
    expect(read(flagParam(), "yes")).toEqual({ messages: [`Tham số “p”: ${vi["params.flag"]}`] });
  });

  it("reads a keyset cursor or refuses it", () => {
    expect(read(cursorParam(), "1714521600000.123")).toEqual({ value: { receivedAt: new Date(1714521600000), id: 123 } });
    expect(read(cursorParam(), "1714521600000.2147483648")).toEqual({ messages: [`Tham số “p”: ${vi["params.cursor"]}`] });
  });
});

describe("readSearchParams and parseSearchParams", () => {
  const schema = z.object({ year: idParam().optional(), status: choiceParam(["OPEN", "RESOLVED"]).optional() });

  it("drops blank values (a form's “all”) and ignores unknown parameters", () => {
    expect(readSearchParams(schema, { year: "", status: "OPEN", _rsc: "x1", utm_source: "mail" })).toEqual({ ok: true, data: { status: "OPEN" } });
    expect(readSearchParams(schema, new URLSearchParams("year=2024&status="))).toEqual({ ok: true, data: { year: 2024 } });
  });

  it("says what is wrong in the viewer's language: English when chosen", () => {
    expect(readSearchParams(schema, { status: ["OPEN", "RESOLVED"] }, "en")).toEqual({ ok: false, messages: [`Parameter “status”: ${en["params.single"]}`] });
    expect(en["params.single"]).not.toBe(vi["params.single"]);
  });

  it("refuses a parameter given twice, from a record or from a URL", () => {
    const message = `Tham số “status”: ${vi["params.single"]}`;
    expect(readSearchParams(schema, { status: ["OPEN", "RESOLVED"] })).toEqual({ ok: false, messages: [message] });
    expect(readSearchParams(schema, new URLSearchParams("status=OPEN&status=OPEN"))).toEqual({ ok: false, messages: [message] });
  });

  it("says what is wrong with each parameter, once", () => {
    const result = readSearchParams(schema, { year: "0", status: "x" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.messages).toHaveLength(2);
  });

  it("turns refused parameters into not found on a page", () => {
    expect(parseSearchParams(schema, { year: "7" })).toEqual({ year: 7 });
    expect(() => parseSearchParams(schema, { year: "x" })).toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});
