// The demo data set (DESIGN §4–§5): tỉnh Khánh Hòa as it is today — old Ninh Thuận and old Khánh Hòa
// until 30/06/2025, the merged province since, with the acts that reorganised them — reference
// figures, a procedure catalogue, officials, tasks and dossiers up to the data's day (old Ninh Thuận's
// calibrated to its published totals for 28/09/2021–30/08/2024).
// One transaction on one plain `pg` connection: a failed seed leaves the previous data in place.
// Deterministic: the same scale always gives the same rows and the same ids.
import pg from "pg";
import { isEmbedded } from "../db/bulk-load";
import { connectionFields } from "../db/pg-adapter";
import { dossierVolume } from "./dossier-streams";
import { loadAgencies, loadCatalogue, loadDossiers, loadReorganisations, loadTasks } from "./load-generated";
import { loadReferenceData } from "./load-reference";
import { loadDemoReports, loadReportCatalogue } from "./load-reports";
import { officialRoster } from "./officials";
import { PROCEDURE_FIELDS, PROCEDURES } from "./procedures";
import { resetDomainTables } from "./reset";
import { loadPublishedServiceIndex } from "./service-index-published";
import { demoAsOf, lastDayIndex } from "./timeline";

const number = new Intl.NumberFormat("vi-VN");
const decimal = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ ...connectionFields(databaseUrl), application_name: "cchc-seed" });
  await client.connect();
  return client;
}

/** True when neither agencies nor users exist yet (a freshly migrated database). */
export async function databaseIsEmpty(databaseUrl: string): Promise<boolean> {
  const client = await connect(databaseUrl);
  try {
    const result = await client.query<{ empty: boolean }>(
      "SELECT NOT EXISTS (SELECT 1 FROM agency) AND NOT EXISTS (SELECT 1 FROM app_user) AS empty",
    );
    return result.rows[0]?.empty === true;
  } finally {
    await client.end();
  }
}

export type SeedOptions = {
  databaseUrl: string;
  scale: number;
  /** the day the data run to (YYYY-MM-DD); default DEMO_AS_OF, else today in Việt Nam */
  asOf?: string;
  log?: (line: string) => void;
};

/** What a seed loaded and how fast: the benchmark reports the bulk loader's rate from it. */
export type SeedReport = {
  summary: string;
  dossiers: number;
  /** seconds until the last dossier row was streamed to the database (COPY, before indexes and rollups) */
  dossierStreamSeconds: number;
  /** seconds for the dossiers including the index rebuild and the rollups */
  dossierSeconds: number;
  totalSeconds: number;
};

export async function seedDemoData(options: SeedOptions): Promise<string> {
  return (await seedDemoDataMeasured(options)).summary;
}

export async function seedDemoDataMeasured(options: SeedOptions): Promise<SeedReport> {
  const { databaseUrl, scale } = options;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`Quy mô dữ liệu mẫu phải là số dương (nhận được ${scale}).`);
  const asOf = demoAsOf(options.asOf);
  const lastDay = lastDayIndex(asOf);
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const seconds = (from: number) => decimal.format((performance.now() - from) / 1000);
  const client = await connect(databaseUrl);
  try {
    const embedded = await isEmbedded(client);
    await client.query("BEGIN");
    if (!embedded) {
      // one big transaction: commit without waiting for the WAL flush, sort indexes in memory
      await client.query("SET LOCAL synchronous_commit = off");
      await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    }
    await resetDomainTables(client);
    log("Đã xóa dữ liệu cũ (trừ nhật ký kiểm toán)");

    const agencies = await loadAgencies(client);
    const acts = await loadReorganisations(client, agencies.byCode);
    const reference = await loadReferenceData(client, agencies.byCode, asOf);
    await loadPublishedServiceIndex(client, asOf);
    log(`Cơ quan: ${number.format(agencies.ids.length)}; sắp xếp: ${acts.acts} văn bản, ${number.format(acts.lines)} dòng; người dùng: ${reference.users}; điểm chỉ số: ${reference.indexScores}; biên chế: ${reference.staffingRows} dòng`);

    const catalogue = await loadCatalogue(client, agencies.ids, asOf);
    log(`Thủ tục: ${number.format(PROCEDURES.length)} thuộc ${PROCEDURE_FIELDS.length} lĩnh vực; cán bộ xử lý: ${officialRoster().officials.length}`);

    const tasks = await loadTasks(client, scale, agencies.ids, lastDay);
    log(`Nhiệm vụ: ${number.format(tasks)}`);

    const expected = dossierVolume(scale, lastDay).total;
    const dossierStart = performance.now();
    const step = Math.max(100_000, Math.ceil(expected / 10 / 100_000) * 100_000);
    let nextReport = step;
    let streamed = dossierStart;
    const dossiers = await loadDossiers(client, scale, lastDay, agencies.ids, catalogue, (rows) => {
      streamed = performance.now();
      if (rows < nextReport) return;
      nextReport += step;
      log(`Hồ sơ: ${number.format(rows)} / ${number.format(expected)} (${seconds(dossierStart)} s)`);
    });
    const dossierSeconds = (performance.now() - dossierStart) / 1000;
    log(`Hồ sơ: ${number.format(dossiers)}, kể cả dựng lại chỉ mục (${seconds(dossierStart)} s)`);

    const reportPeriods = await loadReportCatalogue(client, asOf);
    const reports = await loadDemoReports(client, asOf);
    log(`Báo cáo định kỳ: ${reportPeriods} kỳ báo cáo, ${reports} báo cáo mẫu`);

    await client.query("COMMIT");
    await client.query("ANALYZE");
    const total = (performance.now() - started) / 1000;
    const rows = agencies.ids.length + PROCEDURE_FIELDS.length + PROCEDURES.length + officialRoster().officials.length + tasks + dossiers;
    const summary =
      `${number.format(dossiers)} hồ sơ, ${number.format(tasks)} nhiệm vụ, ${number.format(PROCEDURES.length)} thủ tục, ` +
      `${officialRoster().officials.length} cán bộ, ${agencies.ids.length} cơ quan, ${reference.users} người dùng, đến ngày ${asOf}; ` +
      `${number.format(rows)} dòng trong ${decimal.format(total)} s ` +
      `(${number.format(Math.round(dossiers / dossierSeconds))} hồ sơ/giây)`;
    return { summary, dossiers, dossierStreamSeconds: (streamed - dossierStart) / 1000, dossierSeconds, totalSeconds: total };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
