// The notification forms' posts (issue 22): a post that did not come from the form (the security
// suite's empty replay) is refused by the schema, so it writes nothing.
import { describe, expect, it } from "vitest";
import { messageOfIssue } from "@/lib/validations/issue-messages";
import { markReadSchema, preferencesSchema } from "@/lib/validations/notifications";
import { vi } from "@/lib/i18n/messages/vi";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";

describe("markReadSchema", () => {
  it("takes one id or all=1, and refuses a post with neither", () => {
    expect(markReadSchema.parse({ id: "12" })).toEqual({ id: 12 });
    expect(markReadSchema.parse({ all: "1" })).toEqual({ all: "1" });
    const empty = markReadSchema.safeParse({});
    expect(empty.success).toBe(false);
    expect(messageOfIssue(empty.error!.issues[0]!)).toBe(vi["notifications.error.nothingChosen"]);
  });
});

describe("preferencesSchema", () => {
  it("decides every kind from the form's boxes, and refuses a post without the form's marker", () => {
    const [first, ...rest] = NOTIFICATION_KINDS;
    const parsed = preferencesSchema.parse({ form: "preferences", [`email:${first}`]: "on" });
    expect(parsed.email[first]).toBe(true);
    for (const kind of rest) expect(parsed.email[kind]).toBe(false);
    const empty = preferencesSchema.safeParse({});
    expect(empty.success).toBe(false);
    expect(messageOfIssue(empty.error!.issues[0]!)).toBe(vi["notifications.error.incompleteForm"]);
  });
});

describe("preferencesSchema's frequency", () => {
  it("takes immediate or daily, keeps the stored one when absent, and refuses anything else", () => {
    expect(preferencesSchema.parse({ form: "preferences", frequency: "daily" }).frequency).toBe("daily");
    expect(preferencesSchema.parse({ form: "preferences" }).frequency).toBeUndefined();
    expect(preferencesSchema.safeParse({ form: "preferences", frequency: "hourly" }).success).toBe(false);
  });
});
