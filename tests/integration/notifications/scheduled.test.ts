// The daily notifications on real PostgreSQL (issue 22): deadlines and the province's rules
// (DESIGN §6) notify on crossing — once, not again the next day — each recipient with its own
// scope; exactly 10 % late is a crossing for an agency and not for an official.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import { syncChanges } from "@/lib/data/province/cache";
import { unsafeRunDeadlineNotifications } from "@/lib/data/notifications/scheduled-deadlines";
import { unsafeRunRuleNotifications } from "@/lib/data/notifications/scheduled-rules";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { createAgencies, createUser } from "../support/fixtures";
import { closeMailRig, startMailRig, waitFor, type TestSmtp, type TestWorker } from "./support";

let database: TestDatabase;
let db: PrismaClient;
let agency: Record<string, number>;
let users: Record<string, Viewer>;
let officialB: number;
let procedure: number;
const MAIL = { enabled: true, maxAttempts: 2 };
let smtp: TestSmtp;
let worker: TestWorker;
let serial = 0;

type Spec = { agencyId: number; officialId?: number; late?: boolean; apology?: boolean; due?: string };
/** A dossier of 2024 resolved on its due day, or (late) a day after it. */
async function dossier(spec: Spec): Promise<void> {
  const due = new Date(`${spec.due ?? "2024-03-15"}T17:00:00+07:00`);
  const resolved = new Date(due.getTime() + (spec.late ? 86_400_000 : 0));
  await db.dossier.create({
    data: {
      code: `HS-${++serial}`, procedureId: procedure, agencyId: spec.agencyId, handlingOfficialId: spec.officialId ?? null, channel: "ONLINE",
      receivedAt: new Date(due.getTime() - 5 * 86_400_000), dueAt: due, resolvedAt: resolved,
      apologyIssuedAt: spec.late && spec.apology !== false ? due : null,
    },
  });
}

/** Each person's notifications of `kind`, as "username: title". */
async function inbox(kind: string): Promise<string[]> {
  const rows = await db.notification.findMany({ where: { kind }, select: { title: true, body: true, user: { select: { username: true } } }, orderBy: [{ userId: "asc" }, { id: "asc" }] });
  // formatted figures carry a no-break space before "%": compared as plain spaces
  return rows.map((row) => `${row.user.username}: ${row.title} | ${row.body}`.replace(/\u00a0/g, " "));
}

async function runRules(day: string): Promise<number> {
  await syncChanges();
  return unsafeRunRuleNotifications(3, MAIL, { day });
}

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  agency = await createAgencies(db, [["STP", "Sở Tư pháp"], ["SYT", "Sở Y tế"]]);
  users = {
    stp: await createUser(db, { username: "stp", role: "AGENCY", agencyId: agency.STP!, email: "stp@x.vn" }),
    syt: await createUser(db, { username: "syt", role: "AGENCY", agencyId: agency.SYT!, email: "syt@x.vn" }),
    leader: await createUser(db, { username: "lanhdao", email: "lanhdao@x.vn", role: "LEADER" }),
    snv: await createUser(db, { username: "snv", email: "snv@x.vn", role: "HOME_AFFAIRS" }),
    tt: await createUser(db, { username: "thanhtra", email: "thanhtra@x.vn", role: "INSPECTOR" }),
  };
  const field = await db.procedureField.create({ data: { code: "HT", name: "Hộ tịch" } });
  procedure = (await db.procedure.create({ data: { code: "TT1", name: "Thủ tục 1", fieldId: field.id, level: "PROVINCE", statutoryDays: 5 } })).id;
  officialB = (await db.official.create({ data: { code: "CB-B", fullName: "Trần Thị B", agencyId: agency.SYT! } })).id;
  // Sở Tư pháp: 30 on time (0 %). Sở Y tế: 10, one late with its apology letter, all by official B (10 %).
  for (let i = 0; i < 30; i += 1) await dossier({ agencyId: agency.STP! });
  for (let i = 0; i < 10; i += 1) await dossier({ agencyId: agency.SYT!, officialId: officialB, late: i === 0 });
  // two consecutive years rated Yếu: the replacement review of Sở Y tế's head
  for (const year of [2022, 2023]) await db.agencyAssessment.create({ data: { agencyId: agency.SYT!, year, group: "DEPARTMENT", appraisedScore: 45, rating: "WEAK" } });
  await db.agencyAssessment.create({ data: { agencyId: agency.STP!, year: 2023, group: "DEPARTMENT", appraisedScore: 85, rating: "GOOD" } });
  ({ smtp, worker } = await startMailRig(database.appUrl));
});

afterAll(() => closeMailRig(worker, smtp, database));

describe("the province's rules, day by day", () => {
  it("day 1: an agency at exactly 10 % crosses its rule; its official at exactly 10 % does not", async () => {
    await runRules("2024-06-10");
    expect(await inbox("RULE_AGENCY_LATE")).toEqual([
      "syt: Cơ quan có 10,00 % hồ sơ trễ hạn từ đầu năm 2024 | Đến 10/06/2024, tỷ lệ hồ sơ trễ hạn của cơ quan là 10,00 %, chạm ngưỡng 10 %. Theo quy định của tỉnh, cơ quan có từ 10 % hồ sơ trễ hạn trong năm không được xếp loại tốt và không được khen thưởng thi đua.",
      "lanhdao: 1 cơ quan chạm ngưỡng 10 % hồ sơ trễ hạn năm 2024 | Sở Y tế (10,00 %).",
      "snv: 1 cơ quan chạm ngưỡng 10 % hồ sơ trễ hạn năm 2024 | Sở Y tế (10,00 %).",
    ].sort(byUser));
    expect(await inbox("RULE_OFFICIAL_LATE")).toEqual([]);
    // the late dossier has its letter
    expect(await inbox("RULE_NO_APOLOGY")).toEqual([]);
    expect(await inbox("RULE_REPLACEMENT_REVIEW")).toEqual([
      "lanhdao: 1 cơ quan thuộc diện xem xét thay thế người đứng đầu (xếp loại năm 2023) | Sở Y tế (hai năm liên tiếp Yếu).",
      "snv: 1 cơ quan thuộc diện xem xét thay thế người đứng đầu (xếp loại năm 2023) | Sở Y tế (hai năm liên tiếp Yếu).",
    ]);
  });

  it("day 2: nothing changed, nothing is said again", async () => {
    const before = await db.notification.count();
    expect(await runRules("2024-06-11")).toBe(0);
    expect(await db.notification.count()).toBe(before);
  });

  it("day 3: new crossings notify only them, each recipient within its scope", async () => {
    // Sở Tư pháp: one late dossier without a letter, due 3 days before the day (with the next, 2/32: under its line)
    await dossier({ agencyId: agency.STP!, late: true, apology: false, due: "2024-06-09" });
    // official B: a second late dossier (2/11 = 18,18 %), with its letter; Sở Y tế stays over its line
    await dossier({ agencyId: agency.SYT!, officialId: officialB, late: true });
    // one more, due only 2 days before the day: not yet past the grace days
    await dossier({ agencyId: agency.STP!, late: true, apology: false, due: "2024-06-10" });
    await runRules("2024-06-12");
    const agencyLate = await inbox("RULE_AGENCY_LATE");
    expect(agencyLate).toHaveLength(3);
    expect(await inbox("RULE_OFFICIAL_LATE")).toEqual(
      ["snv", "thanhtra"].map((who) => `${who}: 1 công chức có trên 10 % hồ sơ trễ hạn năm 2024 | Trần Thị B – Sở Y tế (18,18 %).`),
    );
    expect(await inbox("RULE_NO_APOLOGY")).toEqual([
      "stp: 1 hồ sơ quá hạn từ 3 ngày chưa có thư xin lỗi | Đến 12/06/2024, cơ quan có 1 hồ sơ năm 2024 quá hạn từ 3 ngày trở lên mà chưa có thư xin lỗi. Mỗi hồ sơ quá hạn cần một thư xin lỗi.",
      "thanhtra: 1 cơ quan có hồ sơ quá hạn từ 3 ngày chưa có thư xin lỗi | Sở Tư pháp (1).",
    ]);
    // an agency's staff never hear of another agency
    const syt = await db.notification.findMany({ where: { userId: users.syt!.userId }, select: { title: true, body: true } });
    expect(syt.map((n) => `${n.title} ${n.body}`).join("\n")).not.toMatch(/Tư pháp/);
  });

  it("day 4: still over the lines, still silent", async () => {
    expect(await runRules("2024-06-13")).toBe(0);
  });
});

describe("report deadlines", () => {
  let period: number;
  const runDeadlines = (at: string) => unsafeRunDeadlineNotifications(new Date(at), 7, MAIL);

  beforeAll(async () => {
    period = (await db.reportingPeriod.create({
      data: { year: 2024, quarter: 2, opensAt: new Date("2024-06-15T00:00:00+07:00"), deadline: new Date("2024-07-15T23:59:59+07:00"), locksAt: new Date("2024-08-15T23:59:59+07:00") },
    })).id;
    // Sở Y tế sent its report; Sở Tư pháp has not
    await db.report.create({ data: { agencyId: agency.SYT!, periodId: period, status: "SUBMITTED", version: 1, submittedAt: new Date("2024-07-01T09:00:00+07:00"), firstSubmittedAt: new Date("2024-07-01T09:00:00+07:00") } });
  });

  it("ten days ahead says nothing; seven days ahead tells the late agency and Home Affairs once", async () => {
    expect(await runDeadlines("2024-07-05T23:00:00Z")).toBe(0);
    expect(await runDeadlines("2024-07-08T23:00:00Z")).toBe(2);
    expect(await inbox("DEADLINE_SOON")).toEqual([
      "stp: Báo cáo quý 2/2024: còn 7 ngày đến hạn nộp (15/07/2024) | Cơ quan chưa gửi báo cáo quý 2/2024. Hạn nộp: 15/07/2024.",
      "snv: 1 cơ quan chưa gửi báo cáo quý 2/2024 (hạn 15/07/2024) | Sở Tư pháp.",
    ]);
    // the next day: the same stage, nothing new
    expect(await runDeadlines("2024-07-09T23:00:00Z")).toBe(0);
  });

  it("after the deadline: the agency that did not send and Home Affairs' list, once", async () => {
    expect(await runDeadlines("2024-07-16T23:00:00Z")).toBe(2);
    expect(await runDeadlines("2024-07-17T23:00:00Z")).toBe(0);
    expect(await inbox("DEADLINE_PASSED")).toEqual([
      "stp: Báo cáo quý 2/2024 chưa nộp, đã quá hạn 15/07/2024 | Hạn nộp báo cáo quý 2/2024 là 15/07/2024. Hãy hoàn thành và gửi Sở Nội vụ.",
      "snv: 1 cơ quan chưa nộp báo cáo quý 2/2024, đã quá hạn 15/07/2024 | Sở Tư pháp.",
    ]);
    const links = await db.notification.findMany({ where: { kind: "DEADLINE_PASSED" }, select: { link: true }, orderBy: { userId: "asc" } });
    expect(links.map((l) => l.link)).toEqual([`/reports/2024-Q2/${agency.STP}`, "/reports?period=2024-Q2&status=missing"]);
  });
});

describe("by e-mail", () => {
  it("every scheduled notification went out once, to its own recipient only", async () => {
    await waitFor(async () => (await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs`)[0]!.n === 0n);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const rows = await db.notification.findMany({ select: { kind: true, title: true, emailedAt: true, user: { select: { email: true } } } });
    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(["RULE_AGENCY_LATE", "RULE_OFFICIAL_LATE", "RULE_NO_APOLOGY", "RULE_REPLACEMENT_REVIEW", "DEADLINE_SOON", "DEADLINE_PASSED"]));
    expect(rows.every((row) => row.emailedAt !== null)).toBe(true);
    const sent = smtp.received.map((mail) => mail.to.join(",")).sort();
    expect(sent).toEqual(rows.map((row) => row.user.email!).sort());
  });
});

function byUser(a: string, b: string): number {
  const order = ["stp", "syt", "lanhdao", "snv", "thanhtra"];
  return order.indexOf(a.split(":")[0]!) - order.indexOf(b.split(":")[0]!);
}
