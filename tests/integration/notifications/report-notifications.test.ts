// Notifications of the report workflow, end to end on real PostgreSQL and a real SMTP server
// (issue 22): a returned report gives exactly one e-mail to each of the agency's reporters, none
// to anyone else; a rolled-back write notifies nobody; unsubscribing stops that kind; an SMTP
// outage is retried and, once the attempts are spent, listed for Admin.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import { appendAudit } from "@/lib/audit";
import { returnReport } from "@/lib/data/reports/review";
import { countUnreadNotifications, listNotifications } from "@/lib/data/notifications/centre";
import { listFailedJobs } from "@/lib/data/jobs";
import { unsafeUnsubscribe } from "@/lib/data/notifications/preferences";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/notifications/unsubscribe";
import { getAuthEnv } from "@/lib/env";
import { GET as oneClickPage, POST as oneClick } from "@/app/api/unsubscribe/one-click/route";
import { returnReportSchema } from "@/lib/validations/reports";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { createAgencies, createUser } from "../support/fixtures";
import { closeMailRig, startMailRig, decodedText, TEST_SECRET, waitFor, type TestSmtp, type TestWorker } from "./support";

let database: TestDatabase;
let db: PrismaClient;
let smtp: TestSmtp;
let worker: TestWorker;
let justice: number;
let reporterA: Viewer;
let reporterB: Viewer;
let admin: Viewer;
let homeAffairs: Viewer;
let periods: number[];
let used = 0;

const NOW = new Date("2024-07-20T03:00:00Z");

/** A submitted report of the justice department (each in a quarter of its own), as the agency left it. */
async function submittedReport(): Promise<{ id: number; version: number }> {
  const report = await db.report.create({ data: { agencyId: justice, periodId: periods[used++]!, status: "SUBMITTED", version: 3, submittedAt: NOW } });
  return { id: report.id, version: report.version };
}

/** Home Affairs returns it, as the server action does: the write and its audit row in one transaction. */
async function giveBack(report: { id: number; version: number }, afterwards?: () => never): Promise<void> {
  const input = returnReportSchema.parse({ reportId: String(report.id), agencyId: String(justice), version: String(report.version), general: "Thiếu số liệu quý 2" });
  await db.$transaction(async (tx) => {
    const result = await returnReport(tx, homeAffairs, input, NOW);
    await appendAudit(tx, { event: "REPORT_RETURNED", actorId: homeAffairs.userId, entityId: String(result.reportId), agencyId: justice, details: { version: result.version, status: result.status, comments: result.comments } });
    afterwards?.();
  });
}

const mailsTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));
const queued = async () => (await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs`)[0]!.n;

beforeAll(async () => {
  database = await openTestDatabase({ reportCatalogue: true });
  db = database.db;
  const agencies = await createAgencies(db, [["STP", "Sở Tư pháp"], ["SYT", "Sở Y tế"]]);
  justice = agencies.STP!;
  reporterA = await createUser(db, { username: "stp1", role: "AGENCY", agencyId: justice, email: "stp1@stp.khanhhoa.gov.vn" });
  reporterB = await createUser(db, { username: "stp2", role: "AGENCY", agencyId: justice, email: "stp2@stp.khanhhoa.gov.vn" });
  // the second reporter chose English (the header's switch saves users.locale)
  await db.user.update({ where: { id: reporterB.userId }, data: { locale: "en" } });
  await createUser(db, { username: "syt1", role: "AGENCY", agencyId: agencies.SYT!, email: "syt1@syt.khanhhoa.gov.vn" });
  homeAffairs = await createUser(db, { username: "snv", role: "HOME_AFFAIRS", email: "snv@snv.khanhhoa.gov.vn" });
  admin = await createUser(db, { username: "quantri", role: "ADMIN" });
  // 2024-Q2 first, then the quarters before it
  periods = (await db.reportingPeriod.findMany({ where: { year: { lte: 2024 } }, orderBy: [{ year: "desc" }, { quarter: "desc" }], select: { id: true, year: true, quarter: true } }))
    .filter((p) => p.year < 2024 || p.quarter <= 2)
    .map((p) => p.id);
  ({ smtp, worker } = await startMailRig(database.appUrl));
});

afterAll(() => closeMailRig(worker, smtp, database));

describe("a returned report", () => {
  it("sends exactly one e-mail to each of the agency's reporters, each in their language with a plain-text part, and no one else", async () => {
    await giveBack(await submittedReport());
    await waitFor(async () => smtp.received.length >= 2 && (await queued()) === 0n);
    // give a duplicate every chance to arrive
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(smtp.received.map((mail) => mail.to).flat().sort()).toEqual(["stp1@stp.khanhhoa.gov.vn", "stp2@stp.khanhhoa.gov.vn"]);
    const text = decodedText(mailsTo("stp1@stp.khanhhoa.gov.vn")[0]!.raw);
    expect(text).toContain("Báo cáo quý 2/2024 của Sở Tư pháp bị trả lại");
    expect(text).toContain("Content-Type: text/plain");
    expect(text).toContain("Content-Type: text/html");
    expect(text).toContain(`http://cchc.test/reports/2024-Q2/${justice}`);
    // RFC 8058: the mail client's own button POSTs to the one-click URL
    expect(text).toMatch(/List-Unsubscribe:\s+<http:\/\/cchc\.test\/api\/unsubscribe\/one-click\?token=\d+\.REPORT_RETURNED\.[A-Za-z0-9_-]{43}>/);
    expect(text).toMatch(/List-Unsubscribe-Post:\s+List-Unsubscribe=One-Click/);
    expect(text).toMatch(/Ngừng nhận loại thư này: http:\/\/cchc\.test\/unsubscribe\?token=/);
    const english = decodedText(mailsTo("stp2@stp.khanhhoa.gov.vn")[0]!.raw);
    expect(english).toContain("Report Q2/2024 of Sở Tư pháp was returned");
    expect(english).toMatch(/Stop this kind of e-mail: http:\/\/cchc\.test\/unsubscribe\?token=/);
    expect(english).not.toContain("bị trả lại");
  });

  it("shows in each reporter's notification centre, unread, with the link to the report", async () => {
    expect(await countUnreadNotifications(reporterA)).toBe(1);
    const [row] = await listNotifications(reporterB);
    expect(row).toMatchObject({ kind: "REPORT_RETURNED", title: "Report Q2/2024 of Sở Tư pháp was returned", link: `/reports/2024-Q2/${justice}`, readAt: null });
    expect((await listNotifications(reporterA))[0]).toMatchObject({ title: "Báo cáo quý 2/2024 của Sở Tư pháp bị trả lại" });
    expect(await countUnreadNotifications(homeAffairs)).toBe(0);
    expect(await db.notification.count({ where: { emailedAt: { not: null } } })).toBe(2);
  });

  it("notifies nobody when the write is rolled back", async () => {
    const before = await db.notification.count();
    const sent = smtp.received.length;
    await expect(giveBack(await submittedReport(), () => { throw new Error("rolled back after the audit row"); })).rejects.toThrow("rolled back");
    expect(await queued()).toBe(0n);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await db.notification.count()).toBe(before);
    expect(smtp.received.length).toBe(sent);
  });
});

describe("unsubscribe", () => {
  it("the link's token stops that kind for that person only", async () => {
    const raw = decodedText(mailsTo("stp1@stp.khanhhoa.gov.vn")[0]!.raw);
    const token = /unsubscribe\?token=([A-Za-z0-9._-]+)/.exec(raw)![1]!;
    const named = readUnsubscribeToken(TEST_SECRET, token);
    expect(named).toEqual({ userId: reporterA.userId, kind: "REPORT_RETURNED" });
    expect(readUnsubscribeToken(TEST_SECRET, token.replace(/^\d+/, String(reporterB.userId)))).toBeNull();
    await unsafeUnsubscribe(named!.userId, named!.kind);

    smtp.received.length = 0;
    await giveBack(await submittedReport());
    await waitFor(async () => smtp.received.length >= 1 && (await queued()) === 0n);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(smtp.received.map((mail) => mail.to).flat()).toEqual(["stp2@stp.khanhhoa.gov.vn"]);
    // still in the centre: unsubscribing stops the e-mail, not the notification
    expect(await countUnreadNotifications(reporterA)).toBe(2);
  });
});

describe("RFC 8058 one-click unsubscribe", () => {
  const post = (token: string, body: string) =>
    oneClick(new Request(`http://cchc.test/api/unsubscribe/one-click?token=${token}`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body }));

  it("a POST of List-Unsubscribe=One-Click with the signed token, without session or Origin, stops that kind and is audited", async () => {
    const token = unsubscribeToken(getAuthEnv().NEXTAUTH_SECRET, reporterB.userId, "REPORT_APPROVED");
    const response = await post(token, "List-Unsubscribe=One-Click");
    expect(response.status).toBe(200);
    expect(await db.notificationPreference.findUnique({ where: { userId_kind: { userId: reporterB.userId, kind: "REPORT_APPROVED" } } })).toMatchObject({ email: false });
    const audit = await db.auditLog.findFirst({ where: { action: "NOTIFICATION_UNSUBSCRIBED", actorId: reporterB.userId }, orderBy: { id: "desc" } });
    expect(audit?.details).toEqual({ kind: "REPORT_APPROVED", via: "one-click" });
  });

  it("refuses an altered token and a body without One-Click, changing nothing", async () => {
    const token = unsubscribeToken(getAuthEnv().NEXTAUTH_SECRET, reporterB.userId, "REPORT_REOPENED");
    expect((await post(token.replace(/^\d+/, String(reporterA.userId)), "List-Unsubscribe=One-Click")).status).toBe(403);
    expect((await post(token, "")).status).toBe(400);
    expect(await db.notificationPreference.count({ where: { kind: "REPORT_REOPENED" } })).toBe(0);
  });

  it("a GET (a person or a mail scanner opening the URL) changes nothing and goes to the confirmation page", async () => {
    const token = unsubscribeToken(getAuthEnv().NEXTAUTH_SECRET, reporterB.userId, "REPORT_REOPENED");
    const response = await oneClickPage(new Request(`http://cchc.test/api/unsubscribe/one-click?token=${token}`));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`http://cchc.test/unsubscribe?token=${token}`);
    expect(await db.notificationPreference.count({ where: { kind: "REPORT_REOPENED" } })).toBe(0);
  });
});

describe("an SMTP outage", () => {
  it("retries the send with backoff, then lists the failure for Admin", async () => {
    smtp.received.length = 0;
    smtp.failing = true;
    await giveBack(await submittedReport());
    // MAIL_MAX_ATTEMPTS=2: the first try fails, the second comes exp(1) ≈ 2.7 s later and fails too
    const failed = await waitFor(async () => {
      const rows = await listFailedJobs(admin);
      return rows.length > 0 ? rows : null;
    }, 30_000);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ task: "send-email", attempts: 2, maxAttempts: 2 });
    expect(failed[0]!.lastError).toContain("451");
    expect(await listFailedJobs(reporterB)).toEqual([]);
    expect(smtp.received).toHaveLength(0);
  });
});
