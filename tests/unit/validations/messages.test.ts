// Schemas carry message keys (issue 23): an issue's key becomes words in one place, with the
// arguments a custom issue carries or the bound a check broke; text that is no key stays as it is.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { t } from "@/tests/support/vi";
import { reasonOfIssue, reasonText } from "@/lib/import/reasons";
import { msg } from "@/lib/validations/messages";
import { fieldMessagesOf, keyOfIssue, messageOfIssue } from "@/lib/validations/issue-messages";
import { choiceParam, readSearchParams, textParam } from "@/lib/validations/search-params";

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a refusal");
  return result.error.issues;
};

describe("messageOfIssue", () => {
  it("fills a custom issue's key with its params", () => {
    const schema = z.string().superRefine((_value, ctx) => {
      ctx.addIssue({ code: "custom", message: msg("params.rangeOrder"), params: { from: "02/01/2024", to: "01/01/2024" } });
    });
    const [issue] = issuesOf(schema, "x");
    expect(issue!.message).toBe("params.rangeOrder");
    expect(keyOfIssue(issue!)).toEqual({ key: "params.rangeOrder", values: { from: "02/01/2024", to: "01/01/2024" } });
    expect(messageOfIssue(issue!)).toBe("ngày kết thúc (01/01/2024) phải không trước ngày bắt đầu (02/01/2024).");
  });

  it("gives a check's own bound and accepted values as arguments", () => {
    expect(issuesOf(textParam(5), "abcdefg").map((issue) => messageOfIssue(issue))).toEqual([t("params.text", { max: 5 })]);
    expect(issuesOf(choiceParam(["a", "b"] as const), "c").map((issue) => messageOfIssue(issue))).toEqual([t("params.choice", { values: "a, b" })]);
    expect(issuesOf(z.string().max(3, { error: msg("records.error.tooLongOf") }), "abcd").map((issue) => messageOfIssue(issue))).toEqual(["Quá dài, tối đa số ký tự (3)"]);
  });

  it("leaves a message that is no key as it is", () => {
    const [custom] = issuesOf(z.string().refine(() => false, { error: "no.such.key" }), "x");
    expect(keyOfIssue(custom!)).toBeNull();
    expect(messageOfIssue(custom!)).toBe("no.such.key");
    const [zodDefault] = issuesOf(z.number(), "x");
    expect(messageOfIssue(zodDefault!)).toBe(zodDefault!.message);
  });

  it("is what a form's field errors and a page's refused parameters show", () => {
    const form = z.object({ name: z.string({ error: msg("users.error.userId") }) });
    expect(fieldMessagesOf(form.safeParse({}).error!)).toEqual({ name: [t("users.error.userId")] });
    const page = readSearchParams(z.object({ q: textParam(3) }), { q: "abcd" });
    expect(page).toEqual({ ok: false, messages: [t("params.issue", { name: "q", message: t("params.text", { max: 3 }) })] });
  });
});

describe("import reasons", () => {
  it("keep a key with its arguments until shown, in Vietnamese or English", () => {
    const [issue] = issuesOf(z.string().max(2, { error: msg("records.error.tooLongOf") }), "abc");
    const reason = reasonOfIssue(issue!);
    expect(reason).toEqual({ key: "records.error.tooLongOf", values: { max: 2 } });
    expect(reasonText(reason)).toBe("Quá dài, tối đa số ký tự (2)");
    expect(reasonText(reason, "en")).toBe("Too long, maximum characters (2)");
    expect(reasonText("Lý do đã lưu thành chữ")).toBe("Lý do đã lưu thành chữ");
  });
});
