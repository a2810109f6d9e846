// The weekly digests on the demo data (issue 22), with two workers running at once as two app
// processes would, and a real SMTP server: each person gets one digest however often the week's
// tick runs, and an agency's digest holds its own figures and names no other agency.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getAgencyDossierCounts } from "@/lib/data/dossier-stats";
import { unsafeRunWeeklyDigests } from "@/lib/data/notifications/digests";
import { DEMO_TEST_AS_OF } from "@/lib/demo/timeline";
import { formatPercent } from "@/tests/support/vi";
import { dossierFigures } from "@/lib/metrics/dossiers";
import { rangePeriod } from "@/lib/metrics/periods";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { viewerOf } from "../support/fixtures";
import { decodedText, startSmtp, startWorker, testMailEnv, waitFor, type TestSmtp, type TestWorker } from "./support";

let database: TestDatabase;
let db: PrismaClient;
let smtp: TestSmtp;
let workers: TestWorker[];

// Monday of ISO week 2026-W48, the demo's data day being Friday 20/11/2026
const NOW = new Date("2026-11-23T00:00:30Z");
const queued = async () => (await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs`)[0]!.n;

beforeAll(async () => {
  database = await openTestDatabase({ demoScale: 0.02 });
  db = database.db;
  // every leader and agency account gets an address of its own
  const people = await db.user.findMany({ where: { active: true, role: { in: ["LEADER", "AGENCY"] } }, select: { id: true, username: true } });
  for (const person of people) await db.user.update({ where: { id: person.id }, data: { email: `${person.username}@digest.test` } });
  smtp = await startSmtp();
  const mail = testMailEnv(smtp.port, 3);
  workers = await Promise.all([startWorker(database.appUrl, mail, { now: () => NOW }), startWorker(database.appUrl, mail, { now: () => NOW })]);
});

afterAll(async () => {
  await Promise.all((workers ?? []).map((worker) => worker.stop()));
  await smtp?.close();
  await database?.close();
});

describe("the weekly digests", () => {
  it("reach each leader and agency user exactly once, though the week's tick ran twice in two processes", async () => {
    const recipients = await db.user.count({ where: { active: true, OR: [{ role: "LEADER" }, { role: "AGENCY", agencyId: { not: null } }] } });
    expect(recipients).toBeGreaterThan(2);
    const [first, second] = await Promise.all([unsafeRunWeeklyDigests(NOW), unsafeRunWeeklyDigests(NOW)]);
    expect(first).toBe(recipients);
    expect(second).toBe(recipients);
    await waitFor(async () => smtp.received.length >= recipients && (await queued()) === 0n, 60_000);
    // and a late third run of the same week finds everything sent
    await unsafeRunWeeklyDigests(NOW);
    await waitFor(async () => (await queued()) === 0n, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const addresses = smtp.received.flatMap((mail) => mail.to);
    expect(addresses).toHaveLength(recipients);
    expect(new Set(addresses).size).toBe(recipients);
    expect(await db.notification.count({ where: { kind: { in: ["DIGEST_LEADER", "DIGEST_AGENCY"] } } })).toBe(recipients);
  });

  it("gives an agency its own late rate and names no other agency", async () => {
    const person = await db.user.findFirstOrThrow({ where: { role: "AGENCY", active: true }, select: { username: true, email: true, agencyId: true, agency: { select: { name: true } } } });
    const mail = smtp.received.find((received) => received.to.includes(person.email!));
    const text = decodedText(mail!.raw);
    expect(text).toContain(`Bản tin tuần 2026-W48 của ${person.agency!.name}`);
    // the figure the agency's own page shows, read here as Home Affairs for that one agency
    const homeAffairs = await viewerOf(db, (await db.user.findFirstOrThrow({ where: { role: "HOME_AFFAIRS" }, select: { username: true } })).username);
    const counts = await getAgencyDossierCounts(homeAffairs, rangePeriod("2026-01-01", DEMO_TEST_AS_OF), { agencyIds: [person.agencyId!] });
    const lateRate = dossierFigures(counts.get(person.agencyId!)!).lateRate;
    expect(text).toContain(`đến 20/11/2026: ${lateRate === null ? "không có dữ liệu" : formatPercent(lateRate)}`);
    const others = await db.agency.findMany({ where: { id: { not: person.agencyId! } }, select: { name: true } });
    const named = others.map((other) => other.name).filter((name) => !person.agency!.name.includes(name) && text.includes(name));
    expect(named).toEqual([]);
  });

  it("gives a leader the province's headline and the units that crossed the 10 % line", async () => {
    const leader = await db.user.findFirstOrThrow({ where: { role: "LEADER", active: true }, select: { email: true } });
    const text = decodedText(smtp.received.find((received) => received.to.includes(leader.email!))!.raw);
    expect(text).toContain("Bản tin tuần 2026-W48: cải cách hành chính tỉnh");
    expect(text).toMatch(/Tỷ lệ hồ sơ trễ hạn từ đầu năm đến 20\/11\/2026: ([\d,]+\s%|không có dữ liệu) \(một tuần trước: /);
    expect(text).toMatch(/ngưỡng 10 %/);
  });
});
