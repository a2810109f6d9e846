// Issue 22's pure parts: the province's late rules at their boundary as the digests and
// notifications apply them, the week key, the unsubscribe token, the e-mail's parts and the
// mail settings.
import { describe, expect, it } from "vitest";
import { breaksLateRule, crossedLateRule, isoWeekKey, agencyDigestLines } from "@/lib/notifications/digest-content";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/notifications/unsubscribe";
import { notifyingKind } from "@/lib/notifications/kinds";
import { wordsOf } from "@/lib/notifications/words";
import { composeMail } from "@/lib/mail/compose";
import { parseMailEnv } from "@/lib/env";
import { daysLeft, deadlineStage, nameList } from "@/lib/notifications/scheduled";

describe("the late rules at their boundary (DESIGN §6)", () => {
  it("an agency at exactly 10 % breaks its rule; just below does not", () => {
    expect(breaksLateRule("agency", 0.1)).toBe(true);
    expect(breaksLateRule("agency", 0.0999)).toBe(false);
    expect(breaksLateRule("agency", null)).toBe(false);
  });

  it("an official at exactly 10 % does not break the rule; just above does", () => {
    expect(breaksLateRule("official", 0.1)).toBe(false);
    expect(breaksLateRule("official", 0.1001)).toBe(true);
  });

  it("only a unit that breaks the rule now and did not before has crossed it", () => {
    const before = new Map<number, number | null>([[1, 0.09], [2, 0.12], [3, null], [4, 0.1]]);
    const now = new Map<number, number | null>([[1, 0.1], [2, 0.13], [3, 0.2], [4, 0.05], [5, 0.11]]);
    expect(crossedLateRule("agency", before, now)).toEqual([1, 3, 5]);
    // an official at 10 % has not crossed; at 10.01 % it has
    expect(crossedLateRule("official", new Map([[7, 0.05]]), new Map([[7, 0.1]]))).toEqual([]);
    expect(crossedLateRule("official", new Map([[7, 0.1]]), new Map([[7, 0.1001]]))).toEqual([7]);
  });
});

describe("isoWeekKey", () => {
  it("follows ISO 8601 weeks, including the week that belongs to the year before", () => {
    expect(isoWeekKey(new Date("2026-11-23T00:00:30Z"))).toBe("2026-W48");
    expect(isoWeekKey(new Date("2026-11-29T23:59:59Z"))).toBe("2026-W48");
    expect(isoWeekKey(new Date("2021-01-03T12:00:00Z"))).toBe("2020-W53");
    expect(isoWeekKey(new Date("2024-12-30T00:00:00Z"))).toBe("2025-W01");
  });
});

describe("the unsubscribe token", () => {
  const secret = "a-secret-of-at-least-thirty-two-characters";
  it("names the person and the kind, and refuses any change", () => {
    const token = unsubscribeToken(secret, 42, "REPORT_RETURNED");
    expect(readUnsubscribeToken(secret, token)).toEqual({ userId: 42, kind: "REPORT_RETURNED" });
    expect(readUnsubscribeToken(secret, token.replace("42.", "43."))).toBeNull();
    expect(readUnsubscribeToken(secret, token.replace("REPORT_RETURNED", "DIGEST_AGENCY"))).toBeNull();
    expect(readUnsubscribeToken("another-secret-of-thirty-two-characters!", token)).toBeNull();
    expect(readUnsubscribeToken(secret, "42.NOT_A_KIND.abc")).toBeNull();
  });
});

describe("which audit events notify", () => {
  it("maps the report workflow and imports, and nothing else", () => {
    expect(notifyingKind("REPORT_RETURNED")).toBe("REPORT_RETURNED");
    expect(notifyingKind("REPORT_UNAPPROVED")).toBe("REPORT_REOPENED");
    expect(notifyingKind("IMPORT_COMPLETED")).toBe("IMPORT_FINISHED");
    expect(notifyingKind("REPORT_SAVED")).toBeNull();
    expect(notifyingKind("SIGN_IN")).toBeNull();
  });
});

describe("composeMail", () => {
  it("has a plain-text part with the link and the unsubscribe link, and escapes the HTML", () => {
    const mail = composeMail({ title: "Báo cáo <quý 2>", lines: ["Dòng 1", "Dòng 2"], url: "http://x/reports/1", unsubscribeUrl: "http://x/unsubscribe?token=t", province: "Khánh Hòa" });
    expect(mail.subject).toBe("Báo cáo <quý 2>");
    expect(mail.text).toContain("Dòng 1\nDòng 2");
    expect(mail.text).toContain("Mở trong hệ thống: http://x/reports/1");
    expect(mail.text).toContain("Ngừng nhận loại thư này: http://x/unsubscribe?token=t");
    expect(mail.html).toContain("Báo cáo &lt;quý 2&gt;");
    expect(mail.html).not.toContain("<quý 2>");
  });

  it("an agency digest lists its open reports with their deadline", () => {
    const { title, lines } = agencyDigestLines({ week: "2026-W48", agency: "Sở Tư pháp", day: "2026-11-20", lateRate: 0.1, late: 3, toProcess: 30, overdueTasks: 2, reports: [{ year: 2026, quarter: 4, deadline: "2026-12-15", status: "DRAFT" }] });
    expect(title).toBe("Bản tin tuần 2026-W48 của Sở Tư pháp");
    expect(lines[0]).toMatch(/^Tỷ lệ hồ sơ trễ hạn của cơ quan từ đầu năm đến 20\/11\/2026: 10,00\s%/);
    expect(lines).toContain("Báo cáo quý 4/2026: hạn nộp 15/12/2026, trạng thái: Đang soạn.");
  });

  it("an English reader's digest and e-mail are in English, with English figures; the unit's name stays Vietnamese", () => {
    const english = wordsOf("en");
    const { title, lines } = agencyDigestLines({ week: "2026-W48", agency: "Sở Tư pháp", day: "2026-11-20", lateRate: 0.1, late: 3, toProcess: 1234, overdueTasks: 2, reports: [{ year: 2026, quarter: 4, deadline: "2026-12-15", status: "DRAFT" }] }, english);
    expect(title).toBe("Weekly digest 2026-W48 of Sở Tư pháp");
    expect(lines.join("\n")).toContain("1,234");
    expect(lines).toContain("Report Q4/2026: due 15 Dec 2026, status: Draft.");
    const mail = composeMail({ title, lines, url: "http://x/reports", unsubscribeUrl: "http://x/u", province: "Khánh Hòa" }, english);
    expect(mail.text).toContain("Open in the system: http://x/reports");
    expect(mail.text).toContain("Stop this kind of e-mail: http://x/u");
    expect(mail.html).toContain('<html lang="en">');
    // an unknown stored language is Vietnamese
    expect(wordsOf("fr").locale).toBe("vi");
  });
});

describe("mail settings", () => {
  it("without SMTP_HOST no e-mail is sent", () => {
    expect(parseMailEnv({}).smtp).toBeNull();
    expect(parseMailEnv({ SMTP_HOST: "" }).smtp).toBeNull();
  });

  it("reads host, port, TLS and credentials; port defaults by TLS", () => {
    expect(parseMailEnv({ SMTP_HOST: "mail.khanhhoa.gov.vn", SMTP_SECURE: "true", SMTP_USER: "cchc", SMTP_PASSWORD: "pw" }).smtp).toEqual({
      host: "mail.khanhhoa.gov.vn", port: 465, secure: true, auth: { user: "cchc", pass: "pw" },
    });
    expect(parseMailEnv({ SMTP_HOST: "mail", SMTP_PORT: "2525" }).smtp).toEqual({ host: "mail", port: 2525, secure: false, auth: undefined });
  });

  it("refuses a user without a password, and a bad flag", () => {
    expect(() => parseMailEnv({ SMTP_HOST: "mail", SMTP_USER: "cchc" })).toThrow(/SMTP_USER/);
    expect(() => parseMailEnv({ JOBS_WORKER: "maybe" })).toThrow(/JOBS_WORKER/);
  });

  it("links go to APP_URL, else NEXTAUTH_URL, without a trailing slash", () => {
    expect(parseMailEnv({ APP_URL: "https://cchc.khanhhoa.gov.vn/" }).appUrl).toBe("https://cchc.khanhhoa.gov.vn");
    expect(parseMailEnv({ NEXTAUTH_URL: "https://a.gov.vn" }).appUrl).toBe("https://a.gov.vn");
    expect(parseMailEnv({ JOBS_WORKER: "off" }).worker).toBe(false);
  });

  it("the daily notifications' days default to 7 (deadline) and 3 (apology), and refuse nonsense", () => {
    expect(parseMailEnv({})).toMatchObject({ deadlineDays: 7, apologyDays: 3 });
    expect(parseMailEnv({ NOTIFY_DEADLINE_DAYS: "10", NOTIFY_APOLOGY_DAYS: "0" })).toMatchObject({ deadlineDays: 10, apologyDays: 0 });
    expect(() => parseMailEnv({ NOTIFY_DEADLINE_DAYS: "0" })).toThrow(/NOTIFY_DEADLINE_DAYS/);
  });
});

describe("the daily deadline stages", () => {
  const deadline = new Date("2024-07-15T16:59:59Z");
  it("a report not sent is 'soon' from N days before its deadline, 'passed' after it; a sent one is neither", () => {
    expect(deadlineStage("pending", deadline, new Date("2024-07-08T16:59:58Z"), 7)).toBeNull();
    expect(deadlineStage("pending", deadline, new Date("2024-07-08T16:59:59Z"), 7)).toBe("soon");
    expect(deadlineStage("pending", deadline, new Date("2024-07-15T16:59:59Z"), 7)).toBe("soon");
    expect(deadlineStage("missing", deadline, new Date("2024-07-16T00:00:00Z"), 7)).toBe("passed");
    expect(deadlineStage("onTime", deadline, new Date("2024-07-10T00:00:00Z"), 7)).toBeNull();
    expect(deadlineStage("late", deadline, new Date("2024-07-20T00:00:00Z"), 7)).toBeNull();
  });

  it("counts whole days left, rounding up", () => {
    expect(daysLeft(deadline, new Date("2024-07-08T16:59:59Z"))).toBe(7);
    expect(daysLeft(deadline, new Date("2024-07-15T10:00:00Z"))).toBe(1);
    expect(daysLeft(deadline, new Date("2024-07-16T10:00:00Z"))).toBe(0);
  });

  it("names at most 15 units and says how many more", () => {
    const names = Array.from({ length: 17 }, (_, i) => `Đơn vị ${i + 1}`);
    expect(nameList(names)).toEqual({ shown: names.slice(0, 15).join(", "), more: 2 });
    expect(nameList(["A", "B"])).toEqual({ shown: "A, B", more: 0 });
  });
});
