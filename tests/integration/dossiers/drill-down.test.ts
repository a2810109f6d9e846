// The drill-down on the demo data (seed scale 0.002): for a sample of agencies, periods and months,
// every figure of every level — province, district, agency, field, procedure, month, official —
// equals the same figure computed straight from the dossier table by SQL; the dossier lists page
// by keyset exactly through the SQL-ordered rows; the compliance lists hold exactly the dossiers
// and agencies that break the rules; agency staff read nothing of another agency; inspection
// flags keep their target, and resolve once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import * as drill from "@/lib/data/dossier-drill";
import * as list from "@/lib/data/dossier-list";
import * as compliance from "@/lib/data/dossier-compliance";
import * as flags from "@/lib/data/inspection-flags";
import { findField, findProcedure } from "@/lib/data/province/procedures";
import { EMPTY_DOSSIER_COUNTS, type DossierCounts } from "@/lib/metrics/dossiers";
import type { DrillQuery } from "@/lib/validations/dossier-params";
import type { DrillRow } from "@/lib/metrics/drill-down";
import { monthPeriod, quarterPeriod, yearPeriod, type Period } from "@/lib/metrics/periods";
import { openTestDatabase, type TestDatabase } from "../support/database";

const SCALE = 0.002;
const AS_OF = "2024-08-31";

let database: TestDatabase;
let db: PrismaClient;
let pool: pg.Pool;
const inspector: Viewer = { userId: 0, role: "INSPECTOR", agencyId: null };

const SUMS = `
  count(*) FILTER (WHERE rd < $1::date AND (sd IS NULL OR sd >= $1::date))::int AS "carriedOver",
  count(*) FILTER (WHERE rd BETWEEN $1::date AND $2::date)::int AS received,
  count(*) FILTER (WHERE sd BETWEEN $1::date AND $2::date AND sd < dd)::int AS "resolvedEarly",
  count(*) FILTER (WHERE sd BETWEEN $1::date AND $2::date AND sd = dd)::int AS "resolvedOnTime",
  count(*) FILTER (WHERE sd BETWEEN $1::date AND $2::date AND sd > dd)::int AS "resolvedLate",
  count(*) FILTER (WHERE rd <= $2::date AND (sd IS NULL OR sd > $2::date) AND dd <= $2::date)::int AS "overdueAtEnd"`;

const LOCAL = `
  SELECT d.*, p.field_id, a.parent_id, a.kind,
         (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS rd,
         (d.due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS dd,
         (d.resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS sd
  FROM dossier d JOIN procedure p ON p.id = d.procedure_id JOIN agency a ON a.id = d.agency_id`;

type Figures = Pick<DossierCounts, "carriedOver" | "received" | "resolvedEarly" | "resolvedOnTime" | "resolvedLate" | "overdueAtEnd">;

/** The figures per group straight from the dossier table. */
async function fromSql(period: Period, groupBy: string, where = "true", params: unknown[] = []): Promise<Map<string, Figures>> {
  const rows = await pool.query<Figures & { grp: string }>(
    `SELECT (${groupBy})::text AS grp, ${SUMS} FROM (${LOCAL}) x WHERE ${where} GROUP BY 1`,
    [period.from, period.to, ...params],
  );
  return new Map(rows.rows.filter((row) => Object.values(row).some((v) => typeof v === "number" && v > 0)).map(({ grp, ...f }) => [grp, f]));
}

function figuresOf(row: DrillRow | undefined): Figures {
  const f = row?.figures ?? EMPTY_DOSSIER_COUNTS;
  return {
    carriedOver: f.carriedOver,
    received: f.received,
    resolvedEarly: f.resolvedEarly,
    resolvedOnTime: f.resolvedOnTime,
    resolvedLate: f.resolvedLate,
    overdueAtEnd: f.overdueAtEnd,
  };
}

function expectRows(rows: DrillRow[], expected: Map<string, Figures>, label: string) {
  const actual = new Map(rows.filter((row) => Object.values(figuresOf(row)).some((v) => v > 0)).map((row) => [row.key, figuresOf(row)]));
  expect(actual, label).toEqual(expected);
  // the rates come from the same counts (DESIGN §5.2)
  for (const row of rows) {
    const toProcess = row.figures.carriedOver + row.figures.received;
    expect(row.figures.lateRate, `${label} ${row.key}`).toBe(toProcess === 0 ? null : (row.figures.resolvedLate + row.figures.overdueAtEnd) / toProcess);
  }
}

const query = (period: Period, extra: Partial<DrillQuery> = {}): DrillQuery => ({ period, sort: { key: "name", dir: "asc" }, view: "time", ...extra });

beforeAll(async () => {
  database = await openTestDatabase({ demoScale: SCALE });
  ({ db, pool } = database);
  const user = await db.user.findFirstOrThrow({ where: { role: "INSPECTOR" } });
  inspector.userId = user.id;
});

afterAll(async () => {
  await database?.close();
});

/** The busiest agencies of each kind: a department, a district with communes, a commune. */
async function sampleAgencies() {
  const rows = await pool.query<{ id: number; kind: string; n: number }>(`
    SELECT DISTINCT ON (a.kind) a.id, a.kind::text, count(*)::int AS n
    FROM dossier d JOIN agency a ON a.id = d.agency_id
    WHERE a.kind <> 'DISTRICT' OR EXISTS (SELECT 1 FROM agency c WHERE c.parent_id = a.id)
    GROUP BY a.id, a.kind ORDER BY a.kind, n DESC`);
  return rows.rows;
}

const PERIODS = [quarterPeriod(2024, 2), yearPeriod(2023), monthPeriod(2022, 11)];

describe("the drill-down on the demo data", () => {
  it("province, district and agency levels equal SQL on the dossier table", async () => {
    for (const period of PERIODS) {
      const byAgency = await drill.getProvinceLevel(inspector, query(period), "agency", "Tỉnh");
      expectRows(byAgency.rows, await fromSql(period, "agency_id"), `agencies ${period.from}`);
      expectRows([byAgency.total], await fromSql(period, "''"), `province ${period.from}`);
      const byDistrict = await drill.getProvinceLevel(inspector, query(period), "district", "Tỉnh");
      expectRows(byDistrict.rows, await fromSql(period, "CASE WHEN kind = 'COMMUNE' AND parent_id IS NOT NULL THEN parent_id ELSE agency_id END"), `districts ${period.from}`);
      const online = await drill.getProvinceLevel(inspector, query(period, { channel: "ONLINE" }), "agency", "Tỉnh");
      expectRows(online.rows, await fromSql(period, "agency_id", "channel = 'ONLINE'"), `online ${period.from}`);
    }
  });

  it("field, procedure, month and official levels of sampled agencies equal SQL", async () => {
    const agencies = await sampleAgencies();
    expect(agencies.length).toBeGreaterThanOrEqual(3);
    for (const { id } of agencies) {
      const agency = (await drill.findDrillAgency(inspector, id))!;
      for (const period of PERIODS) {
        const level = await drill.getAgencyLevel(inspector, agency, query(period));
        expectRows(level.rows, await fromSql(period, "field_id", "agency_id = $3", [id]), `fields of ${id} ${period.from}`);
        expectRows([level.total], await fromSql(period, "''", "agency_id = $3", [id]), `total of ${id}`);
        if (agency.children.length > 0) {
          expectRows(level.children, await fromSql(period, "agency_id", "parent_id = $3", [id]), `communes of ${id}`);
        }
        const byLevel = await drill.getAgencyLevel(inspector, agency, query(period, { level: "PROVINCE" }));
        expectRows(byLevel.rows, await fromSql(period, "field_id", "agency_id = $3 AND p_level = 'PROVINCE'".replace("p_level", "(SELECT level FROM procedure WHERE id = procedure_id)"), [id]), `province-level fields of ${id}`);

        const busiestField = [...level.rows].sort((a, b) => b.figures.toProcess - a.figures.toProcess)[0];
        if (!busiestField) continue;
        const field = (await findField(Number(busiestField.key)))!;
        const procedures = await drill.getFieldLevel(inspector, agency, field, query(period));
        expectRows(procedures.rows, await fromSql(period, "procedure_id", "agency_id = $3 AND field_id = $4", [id, field.id]), `procedures ${id}/${field.id}`);

        const busiest = [...procedures.rows].sort((a, b) => b.figures.toProcess - a.figures.toProcess)[0]!;
        const procedure = (await findProcedure(Number(busiest.key)))!;
        const months = await drill.getProcedureLevel(inspector, agency, procedure, query(period), (m) => m);
        for (const month of months.rows) {
          const m = monthPeriod(Number(month.key.slice(0, 4)), Number(month.key.slice(5, 7)));
          const expected = (await fromSql(m, "''", "agency_id = $3 AND procedure_id = $4", [id, procedure.id])).get("") ?? figuresOf(undefined);
          expect(figuresOf(month), `month ${month.key} of ${id}/${procedure.id}`).toEqual(expected);
        }

        const officials = (await drill.getOfficialLevel(inspector, agency, query(period)))!;
        expectRows(officials.rows, await fromSql(period, "handling_official_id", "agency_id = $3 AND handling_official_id IS NOT NULL", [id]), `officials of ${id}`);
      }
    }
  });

  it("agency staff read their own agency only, and no officials", async () => {
    const [own, other] = await sampleAgencies();
    const staff: Viewer = { userId: 1, role: "AGENCY", agencyId: own!.id };
    const period = quarterPeriod(2024, 2);
    const province = await drill.getProvinceLevel(staff, query(period), "agency", "x");
    expect(province.rows.map((row) => row.key)).toEqual([String(own!.id)]);
    expect(figuresOf(province.total)).toEqual((await fromSql(period, "''", "agency_id = $3", [own!.id])).get("") ?? figuresOf(undefined));
    expect(await drill.findDrillAgency(staff, other!.id)).toBeNull();
    const ownAgency = (await drill.findDrillAgency(staff, own!.id))!;
    expect(await drill.getOfficialLevel(staff, ownAgency, query(period))).toBeNull();
    const listed = await list.listDossiers(staff, { period: yearPeriod(2023), agencyId: other!.id }, AS_OF, null);
    expect(listed.rows).toEqual([]);
    const anyId = (await pool.query<{ id: number }>("SELECT id FROM dossier WHERE agency_id = $1 LIMIT 1", [other!.id])).rows[0]!.id;
    expect(await list.findDossier(staff, anyId)).toBeNull();
    expect((await list.findDossier(inspector, anyId))?.id).toBe(anyId);
  });

  it("dossier lists page by keyset through exactly the SQL-ordered rows", async () => {
    const [agency] = await sampleAgencies();
    const period = yearPeriod(2023);
    const expected = await pool.query<{ id: number }>(
      `SELECT id FROM (${LOCAL}) x WHERE agency_id = $1 AND rd BETWEEN $2::date AND $3::date ORDER BY received_at DESC, id DESC`,
      [agency!.id, period.from, period.to],
    );
    expect(expected.rows.length).toBeGreaterThan(2 * list.PAGE_SIZE);
    const seen: number[] = [];
    let cursor = null;
    do {
      const page: Awaited<ReturnType<typeof list.listDossiers>> = await list.listDossiers(inspector, { period, agencyId: agency!.id }, AS_OF, cursor);
      seen.push(...page.rows.map((row) => row.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected.rows.map((row) => row.id));
    const third = await list.cursorForPage(inspector, { period, agencyId: agency!.id }, AS_OF, 3);
    expect(third?.id).toBe(expected.rows[2 * list.PAGE_SIZE - 1]!.id);
    const page3 = await list.listDossiers(inspector, { period, agencyId: agency!.id }, AS_OF, third);
    expect(page3.rows[0]?.id).toBe(expected.rows[2 * list.PAGE_SIZE]!.id);
  });

  it("compliance lists hold exactly the dossiers and agencies that break the rules", async () => {
    const period = yearPeriod(2023);
    const noApology = await pool.query<{ id: number }>(
      `SELECT id FROM (${LOCAL}) x WHERE rd BETWEEN $1::date AND $2::date AND apology_issued_at IS NULL
         AND ((sd IS NOT NULL AND sd > dd) OR (sd IS NULL AND dd <= $3::date)) ORDER BY received_at DESC, id DESC`,
      [period.from, period.to, AS_OF],
    );
    const actual = await compliance.listAllComplianceDossiers(inspector, { list: "noApology", period }, AS_OF);
    expect(actual.map((row) => row.id)).toEqual(noApology.rows.map((row) => row.id));
    expect(actual.every((row) => row.outcome === "LATE" || row.outcome === "OVERDUE")).toBe(true);
    const rescheduled = await pool.query<{ id: number }>(
      `SELECT id FROM (${LOCAL}) x WHERE rd BETWEEN $1::date AND $2::date AND reschedule_count > 1 ORDER BY received_at DESC, id DESC`,
      [period.from, period.to],
    );
    expect((await compliance.listAllComplianceDossiers(inspector, { list: "rescheduled", period }, AS_OF)).map((row) => row.id)).toEqual(
      rescheduled.rows.map((row) => row.id),
    );
    const year = await fromSql(period, "agency_id");
    const breaking = [...year].filter(([, f]) => f.carriedOver + f.received > 0 && (f.resolvedLate + f.overdueAtEnd) / (f.carriedOver + f.received) >= 0.1);
    const agencies = await compliance.listLateAgencies(inspector, { list: "lateAgencies", period: quarterPeriod(2023, 3) });
    expect(agencies.map((row) => row.key).sort()).toEqual(breaking.map(([key]) => key).sort());
  });

  it("flags keep their target's agency and resolve once", async () => {
    const dossier = (await pool.query<{ id: number; agency_id: number }>("SELECT id, agency_id FROM dossier ORDER BY id LIMIT 1")).rows[0]!;
    const saved = await db.$transaction((tx) => flags.createFlag(tx, inspector, { target: "DOSSIER", targetId: dossier.id, note: "Kiểm tra" }));
    expect(saved).toMatchObject({ target: "DOSSIER", agencyId: dossier.agency_id, targetId: dossier.id });
    await expect(db.$transaction((tx) => flags.createFlag(tx, inspector, { target: "OFFICIAL", targetId: 999_999, note: "x" }))).rejects.toThrow(
      "Không tìm thấy đối tượng cần gắn cờ.",
    );
    expect((await flags.listFlags(inspector, { status: "OPEN" })).map((flag) => flag.id)).toContain(saved.id);
    expect(await flags.listFlags({ userId: 1, role: "AGENCY", agencyId: dossier.agency_id })).toEqual([]);
    await db.$transaction((tx) => flags.resolveFlag(tx, inspector, { flagId: saved.id, resolutionNote: "Đã xử lý" }));
    await expect(db.$transaction((tx) => flags.resolveFlag(tx, inspector, { flagId: saved.id, resolutionNote: "" }))).rejects.toThrow(/không còn mở/);
    // the table's own checks: a dossier flag needs its dossier
    await expect(
      pool.query("INSERT INTO inspection_flag (target, agency_id, note, created_by_id) VALUES ('DOSSIER', $1, 'x', $2)", [dossier.agency_id, inspector.userId]),
    ).rejects.toThrow(/inspection_flag_target_check/);
  });
});
