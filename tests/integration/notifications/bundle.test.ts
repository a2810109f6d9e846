// Daily bundling on real PostgreSQL and a real SMTP server (issue 22): a person who chose "daily"
// gets no e-mail per notification but one in the evening with all of the day's, once; a kind the
// person turned off stays out; the bundle carries its own one-click unsubscribe.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import { unsafeWriteNotifications } from "@/lib/data/notifications/deliver";
import { unsafeQueueDailyBundles } from "@/lib/data/notifications/bundle";
import { savePreferences } from "@/lib/data/notifications/preferences";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { createAgencies, createUser } from "../support/fixtures";
import { closeMailRig, startMailRig, decodedText, waitFor, type TestSmtp, type TestWorker } from "./support";

let database: TestDatabase;
let db: PrismaClient;
let smtp: TestSmtp;
let worker: TestWorker;
let daily: Viewer;
let immediate: Viewer;
const MAIL = { enabled: true, maxAttempts: 2 };
const queued = async () => (await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs`)[0]!.n;
const settle = async () => {
  await waitFor(async () => (await queued()) === 0n);
  await new Promise((resolve) => setTimeout(resolve, 600));
};

async function notify(kind: "REPORT_RETURNED" | "REPORT_APPROVED" | "IMPORT_FINISHED", title: string): Promise<void> {
  const recipients = await db.user.findMany({ where: { id: { in: [daily.userId, immediate.userId] } }, select: { id: true, email: true, locale: true } });
  await db.$transaction((tx) => unsafeWriteNotifications(tx, { kind, text: () => ({ title, body: `Nội dung: ${title}` }), link: "/reports", recipients }, `test:${title}`, MAIL));
}

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  const { STP } = await createAgencies(db, [["STP", "Sở Tư pháp"]]);
  daily = await createUser(db, { username: "hangngay", role: "AGENCY", agencyId: STP!, email: "daily@stp.vn" });
  immediate = await createUser(db, { username: "ngay", role: "AGENCY", agencyId: STP!, email: "now@stp.vn" });
  await db.$transaction((tx) => savePreferences(tx, daily, { email: { IMPORT_FINISHED: false }, frequency: "daily" }));
  ({ smtp, worker } = await startMailRig(database.appUrl));
});

afterAll(() => closeMailRig(worker, smtp, database));

const to = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));

it("sends the day's notifications to a 'daily' person in one e-mail, once, and each at once to the others", { timeout: 60_000 }, async () => {
  await notify("REPORT_RETURNED", "Báo cáo quý 2 bị trả lại");
  await notify("REPORT_APPROVED", "Báo cáo quý 1 đã được duyệt");
  await notify("IMPORT_FINISHED", "Nhập dữ liệu #7 hoàn tất");
  await settle();
  expect(to("now@stp.vn")).toHaveLength(3);
  expect(to("daily@stp.vn")).toHaveLength(0);

  expect(await unsafeQueueDailyBundles(new Date(), 2)).toBe(1);
  await settle();
  const bundles = to("daily@stp.vn");
  expect(bundles).toHaveLength(1);
  const text = decodedText(bundles[0]!.raw);
  expect(text).toContain("2 thông báo trong ngày");
  expect(text).toContain("• Báo cáo quý 2 bị trả lại");
  expect(text).toContain("• Báo cáo quý 1 đã được duyệt");
  // the kind the person turned off is not in the bundle
  expect(text).not.toContain("Nhập dữ liệu #7");
  expect(text).toMatch(/List-Unsubscribe:\s+<http:\/\/cchc\.test\/api\/unsubscribe\/one-click\?token=\d+\.DAILY_BUNDLE\./);
  expect(text).toMatch(/List-Unsubscribe-Post:\s+List-Unsubscribe=One-Click/);
  expect(await db.notification.count({ where: { userId: daily.userId, emailedAt: { not: null } } })).toBe(2);

  // the tick again (a second process, a retry): nothing left to send
  await unsafeQueueDailyBundles(new Date(), 2);
  await settle();
  expect(to("daily@stp.vn")).toHaveLength(1);
  expect(to("now@stp.vn")).toHaveLength(3);
});
