// The dossier rollups on a real database: the data layer's figures, read from rollups only, equal
// the definitions applied dossier by dossier (lib/metrics countDossiers) for quarters, months,
// ranges that cut months, every grouping, after updates and deletes, and after concurrent writers
// on several connections; the rebuild-and-compare check then finds no difference.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { compareRollups, rebuildRollups } from "@/lib/db/rollups";
import * as stats from "@/lib/data/dossier-stats";
import { countDossiers, EMPTY_DOSSIER_COUNTS, type DossierRecord } from "@/lib/metrics/dossiers";
import { monthPeriod, monthsOf, quarterPeriod, rangePeriod, yearPeriod, type Period } from "@/lib/metrics/periods";
import type { Viewer } from "@/lib/auth/permissions";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { FIXTURE } from "../../unit/metrics/dossier-fixture";

let database: TestDatabase;
let db: PrismaClient;
let pool: pg.Pool;
const ids = { agencies: [] as number[], procedures: [] as number[], officials: [] as number[], fields: [] as number[] };
const inspector: Viewer = { userId: 1, role: "INSPECTOR", agencyId: null };

type Row = DossierRecord & { code: string; agencyId: number; procedureId: number; officialId: number | null };

/** The dossier table as records, read straight from it. */
async function rawRows(): Promise<Row[]> {
  const rows = await db.dossier.findMany({ include: { procedure: { select: { fieldId: true } } } });
  return rows.map((d) => ({ ...d, officialId: d.handlingOfficialId }));
}

beforeAll(async () => {
  database = await openTestDatabase();
  ({ db, pool } = database);

  for (const [code, name] of [["STP", "Sở Tư pháp"], ["SYT", "Sở Y tế"]] as const) {
    const agency = await db.agency.create({ data: { code, name, kind: "DEPARTMENT", level: "PROVINCE", validFrom: new Date("2021-01-01") } });
    ids.agencies.push(agency.id);
    ids.officials.push((await db.official.create({ data: { code: `CB-${code}`, fullName: `Cán bộ ${code}`, agencyId: agency.id } })).id);
  }
  for (const code of ["HT", "YT"]) ids.fields.push((await db.procedureField.create({ data: { code, name: code } })).id);
  for (const [i, level] of (["PROVINCE", "DISTRICT", "PROVINCE"] as const).entries()) {
    const procedure = await db.procedure.create({
      data: { code: `TT${i}`, name: `Thủ tục ${i}`, fieldId: ids.fields[i % 2]!, level, statutoryDays: 5 },
    });
    ids.procedures.push(procedure.id);
  }
  // the hand-made quarter, spread over two agencies, three procedures and two officials (one null)
  await db.dossier.createMany({
    data: FIXTURE.map((d, i) => ({
      code: d.code,
      procedureId: ids.procedures[i % 3]!,
      agencyId: ids.agencies[i % 2]!,
      handlingOfficialId: i % 4 === 3 ? null : ids.officials[i % 2]!,
      channel: d.channel,
      receivedAt: d.receivedAt,
      dueAt: d.dueAt,
      resolvedAt: d.resolvedAt,
      syncedToNationalPortal: d.syncedToNationalPortal,
      digitized: d.digitized,
      hasElectronicResult: d.hasElectronicResult,
    })),
  });
});

afterAll(async () => {
  await database?.close();
});

const PERIODS: Period[] = [
  quarterPeriod(2024, 1),
  quarterPeriod(2024, 2),
  quarterPeriod(2024, 3),
  quarterPeriod(2020, 4),
  monthPeriod(2024, 4),
  monthPeriod(2024, 6),
  yearPeriod(2024),
];
const RANGES: Period[] = [rangePeriod("2024-03-25", "2024-06-28"), rangePeriod("2024-04-05", "2024-04-05"), rangePeriod("2024-06-30", "2024-07-01")];

async function expectFiguresMatchRawRows() {
  const rows = await rawRows();
  const fieldOf = new Map((await db.procedure.findMany()).map((p) => [p.id, p.fieldId]));
  for (const period of [...PERIODS, ...RANGES]) {
    expect(await stats.getProvinceDossierCounts(inspector, period), `province ${period.from}…${period.to}`).toEqual(countDossiers(rows, period));
    const byAgency = await stats.getAgencyDossierCounts(inspector, period);
    for (const agencyId of ids.agencies) {
      const expected = countDossiers(rows.filter((r) => r.agencyId === agencyId), period);
      expect(byAgency.get(agencyId) ?? EMPTY_DOSSIER_COUNTS, `agency ${agencyId} ${period.from}`).toEqual(expected);
    }
  }
  for (const period of PERIODS) {
    const groupings = [
      ["procedure", (r: Row) => String(r.procedureId)],
      ["field", (r: Row) => String(fieldOf.get(r.procedureId))],
      ["official", (r: Row) => (r.officialId === null ? null : String(r.officialId))],
    ] as const;
    for (const [by, keyOf] of groupings) {
      const actual = await stats.getDossierCountsBy(inspector, period, by);
      for (const key of new Set(rows.map(keyOf))) {
        if (key === null) continue;
        const expected = countDossiers(rows.filter((r) => keyOf(r) === key), period);
        expect(actual.get(key) ?? EMPTY_DOSSIER_COUNTS, `${by} ${key} ${period.from}`).toEqual(expected);
      }
    }
    const series = await stats.getMonthlyDossierCounts(inspector, period);
    expect(series.map((m) => m.month)).toEqual(monthsOf(period));
    for (const { month, counts } of series) {
      expect(counts, `month ${month}`).toEqual(countDossiers(rows, monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7)))));
    }
  }
  expect(await withClient(compareRollups)).toEqual([]);
}

async function withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await work(client);
  } finally {
    client.release();
  }
}

/**
 * One writer's transaction, never retried: the rollups are applied once per transaction at commit,
 * in one global key order, so writers cannot deadlock on them however many statements they run
 * (prisma/migrations/*_writes_without_deadlocks). A 40P01 here fails the test.
 */
async function write(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  await withClient(async (client) => {
    await client.query("BEGIN");
    try {
      await work(client);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}

describe("dossier rollups", () => {
  it("give the figures of the definitions for every period and grouping", async () => {
    const q2 = await stats.getProvinceDossierCounts(inspector, quarterPeriod(2024, 2));
    expect(q2).toMatchObject({ carriedOver: 3, received: 5, resolvedEarly: 1, resolvedOnTime: 1, resolvedLate: 2, overdueAtEnd: 2 });
    await expectFiguresMatchRawRows();
  });

  it("follow updates, reschedules and deletes in the same transaction", async () => {
    await db.$transaction([
      db.dossier.update({ where: { code: "D" }, data: { resolvedAt: new Date("2024-07-02T09:00:00+07:00") } }),
      db.dossier.update({ where: { code: "E" }, data: { dueAt: new Date("2024-07-10T17:00:00+07:00"), rescheduleCount: 1 } }),
      db.dossier.update({ where: { code: "C" }, data: { channel: "ONLINE", digitized: false } }),
      db.dossier.update({ where: { code: "B" }, data: { agencyId: ids.agencies[1]!, handlingOfficialId: null } }),
      db.dossier.delete({ where: { code: "F" } }),
    ]);
    await expectFiguresMatchRawRows();
  });

  it("stay exact under concurrent writers on several connections, never deadlock, and rebuild to the same rows", async () => {
    const writers = Array.from({ length: 4 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 15; i += 1) {
          await write(async (client) => {
            const code = `W${w}-${i}`;
            const day = 1 + ((w * 7 + i) % 27);
            await client.query(
              `INSERT INTO dossier (code, procedure_id, agency_id, handling_official_id, channel, received_at, due_at)
               VALUES ($1, $2, $3, $4, 'ONLINE', $5::timestamptz, $5::timestamptz + interval '5 days')`,
              [code, ids.procedures[i % 3], ids.agencies[w % 2], ids.officials[w % 2], `2024-05-${String(day).padStart(2, "0")}T23:30:00+07:00`],
            );
            await client.query(`UPDATE dossier SET resolved_at = due_at + (($2::int % 3) - 1) * interval '1 day' WHERE code = $1`, [code, i]);
            if (i % 4 === 0) await client.query(`UPDATE dossier SET due_at = due_at + interval '3 days', reschedule_count = 1 WHERE code = 'G'`);
            // an upsert of every writer's rows so far, new and existing mixed: it fires the INSERT and the
            // UPDATE statement triggers, the two passes that used to deadlock
            await client.query(
              `INSERT INTO dossier (code, procedure_id, agency_id, channel, received_at, due_at)
               SELECT 'U' || g, $1, $2, 'POSTAL', timestamptz '2024-05-02T08:00:00+07:00' + g * interval '1 day',
                      timestamptz '2024-05-20T08:00:00+07:00' + (g % 3) * interval '1 day'
                 FROM generate_series(0, $3::int) g ORDER BY 1
               ON CONFLICT (code) DO UPDATE SET agency_id = EXCLUDED.agency_id, due_at = EXCLUDED.due_at`,
              [ids.procedures[w % 3], ids.agencies[(w + i) % 2], 10 + w],
            );
          });
        }
      })(),
    );
    await Promise.all(writers);
    expect(await db.dossier.count({ where: { code: { startsWith: "W" } } })).toBe(60);
    expect(await db.dossier.count({ where: { code: { startsWith: "U" } } })).toBe(14);
    // the upserts moved dossiers between agencies: each move is in the history
    expect(await db.dossierAgencyChange.count()).toBeGreaterThan(0);
    await expectFiguresMatchRawRows();

    const before = await stats.getProvinceDossierCounts(inspector, yearPeriod(2024));
    // a maintenance command (npm run rollups -- rebuild), run as the owner: it truncates the rollups
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    await rebuildRollups(owner).finally(() => owner.end());
    expect(await withClient(compareRollups)).toEqual([]);
    expect(await stats.getProvinceDossierCounts(inspector, yearPeriod(2024))).toEqual(before);
  });

  it("show agency staff their own agency only", async () => {
    const staff: Viewer = { userId: 2, role: "AGENCY", agencyId: ids.agencies[0]! };
    const byAgency = await stats.getAgencyDossierCounts(staff, quarterPeriod(2024, 2));
    expect([...byAgency.keys()]).toEqual([ids.agencies[0]]);
    const forged = await stats.getAgencyDossierCounts(staff, quarterPeriod(2024, 2), { agencyIds: [ids.agencies[1]!] });
    expect(forged.size).toBe(0);
  });

  it("read a period that reaches past the data's day as of that day", async () => {
    await db.setting.create({ data: { key: "data_as_of", value: "2024-06-28" } });
    try {
      const rows = await rawRows();
      const asOfDay = countDossiers(rows, rangePeriod("2024-01-01", "2024-06-28")).overdueAtEnd;
      expect((await stats.getProvinceDossierCounts(inspector, yearPeriod(2024)))?.overdueAtEnd).toBe(asOfDay);
      expect((await stats.getProvinceDossierCounts(inspector, quarterPeriod(2024, 3)))?.overdueAtEnd).toBe(asOfDay);
      // a period ending before the data's day is not touched
      expect(await stats.getProvinceDossierCounts(inspector, quarterPeriod(2024, 1))).toEqual(countDossiers(rows, quarterPeriod(2024, 1)));
      const byAgency = await stats.getDossierCountsBy(inspector, yearPeriod(2024), "agency");
      for (const agencyId of ids.agencies) {
        const own = rows.filter((r) => r.agencyId === agencyId);
        expect(byAgency.get(String(agencyId))?.overdueAtEnd ?? 0).toBe(countDossiers(own, rangePeriod("2024-01-01", "2024-06-28")).overdueAtEnd);
      }
      const series = await stats.getMonthlyDossierCounts(inspector, yearPeriod(2024));
      expect(series.find((m) => m.month === "2024-09-01")?.counts.overdueAtEnd).toBe(asOfDay);
      expect(series.find((m) => m.month === "2024-05-01")?.counts).toEqual(countDossiers(rows, monthPeriod(2024, 5)));
    } finally {
      await db.setting.delete({ where: { key: "data_as_of" } });
    }
  });
});
