// Concurrent API writers (issue 18), for `npm run bench` (its "writers" section) and the fault
// suite (tests/faults): N provincial systems, each with its own token, POST batches to
// /api/v1/dossiers one after another for a fixed time. A "mixed" batch is 70 new dossiers and 30
// stored ones updated (the INSERT … ON CONFLICT DO UPDATE that used to deadlock in the rollup
// triggers); an "inserts" batch is 100 new ones. Stored dossiers are drawn from one shared pool,
// so writers contend for the same rows and rollup keys, as the one-stop systems of one province do.
import { generateApiToken } from "../../lib/auth/api-token";
import type { ClientBase, Pool } from "pg";

export const WRITER_PREFIX = "BW-";
export const BATCH_SIZE = 100;
export const MIXED_UPDATES = 30;

export type WriterMix = "mixed" | "inserts";

export type WritersResult = {
  writers: number;
  mix: WriterMix;
  seconds: number;
  batches: number;
  batchesPerSecond: number;
  /** responses other than 200, by status */
  failures: Record<string, number>;
  p50Ms: number;
  p95Ms: number;
};

type Official = { code: string; agency: string };
type Stored = { code: string; procedure: string; official: string | null; agency: string };

export type WriterFixture = { tokens: string[]; procedures: string[]; officials: Official[]; stored: Stored[] };

/** Creates `writers` tokens (scope DOSSIER) and reads the codes the batches will name. */
export async function prepareWriters(db: Pool | ClientBase, writers: number, run: string): Promise<WriterFixture> {
  const owner = await db.query<{ id: number }>("SELECT id FROM app_user WHERE role = 'HOME_AFFAIRS' ORDER BY id LIMIT 1");
  if (!owner.rows[0]) throw new Error("Cần một người dùng Sở Nội vụ (dữ liệu mẫu).");
  const tokens: string[] = [];
  for (let w = 0; w < writers; w += 1) {
    const { token, hash, prefix } = generateApiToken();
    await db.query("INSERT INTO api_token (name, token_hash, prefix, scopes, created_by_id) VALUES ($1, $2, $3, '{DOSSIER}', $4)", [
      `Bench ${run} #${w + 1}`,
      hash,
      prefix,
      owner.rows[0].id,
    ]);
    tokens.push(token);
  }
  const procedures = (await db.query<{ code: string }>("SELECT code FROM procedure ORDER BY id LIMIT 300")).rows.map((r) => r.code);
  const officials = (await db.query<Official>("SELECT o.code, a.code AS agency FROM official o JOIN agency a ON a.id = o.agency_id ORDER BY o.id LIMIT 300")).rows;
  const stored = (
    await db.query<Stored>(
      `SELECT d.code, p.code AS procedure, o.code AS official, a.code AS agency
         FROM dossier d JOIN procedure p ON p.id = d.procedure_id JOIN agency a ON a.id = d.agency_id
         LEFT JOIN official o ON o.id = d.handling_official_id
        WHERE d.code NOT LIKE $1 ORDER BY d.id DESC LIMIT 3000`,
      [`${WRITER_PREFIX}%`],
    )
  ).rows;
  if (procedures.length === 0 || officials.length === 0 || stored.length < MIXED_UPDATES) throw new Error("Cơ sở dữ liệu chưa có dữ liệu mẫu.");
  return { tokens, procedures, officials, stored };
}

const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;

function record(code: string, procedure: string, official: Official | { code: string | null; agency: string }, i: number) {
  const received = Date.UTC(2024, 0, 1) + (i % 200) * DAY + 3_600_000;
  return {
    code,
    procedureCode: procedure,
    agencyCode: official.agency,
    channel: i % 3 === 0 ? "ONLINE" : "IN_PERSON",
    receivedAt: iso(received),
    dueAt: iso(received + 10 * DAY),
    resolvedAt: i % 5 === 0 ? null : iso(received + ((i % 13) + 1) * DAY),
    handlingOfficialCode: official.code,
    syncedToNationalPortal: i % 2 === 0,
    digitized: true,
    rescheduleCount: 0,
  };
}

/** Runs the writers for `seconds`; every batch's outcome is counted. */
export async function runWriters(options: { baseUrl: string; fixture: WriterFixture; writers: number; mix: WriterMix; seconds: number; run: string }): Promise<WritersResult> {
  const { fixture, mix } = options;
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let batches = 0;
  let sequence = 0;
  const started = performance.now();
  const until = started + options.seconds * 1000;
  async function writer(w: number): Promise<void> {
    const token = fixture.tokens[w % fixture.tokens.length]!;
    while (performance.now() < until) {
      const records: ReturnType<typeof record>[] = [];
      const fresh = mix === "mixed" ? BATCH_SIZE - MIXED_UPDATES : BATCH_SIZE;
      for (let i = 0; i < fresh; i += 1) {
        const n = (sequence += 1);
        records.push(record(`${WRITER_PREFIX}${options.run}-${w}-${n}`, fixture.procedures[n % fixture.procedures.length]!, fixture.officials[n % fixture.officials.length]!, n));
      }
      if (mix === "mixed") {
        const start = Math.floor(Math.random() * fixture.stored.length);
        for (let i = 0; i < MIXED_UPDATES; i += 1) {
          const s = fixture.stored[(start + i * 7) % fixture.stored.length]!;
          records.push(record(s.code, s.procedure, { code: s.official, agency: s.agency }, batches + i));
        }
      }
      const sent = performance.now();
      const response = await fetch(`${options.baseUrl}/api/v1/dossiers`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ records }),
      }).catch((error: unknown) => ({ status: 0, text: async () => String(error) }) as const);
      await response.text();
      latencies.push(performance.now() - sent);
      if (response.status === 200) batches += 1;
      else failures[String(response.status)] = (failures[String(response.status)] ?? 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: options.writers }, (_, w) => writer(w)));
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
  return { writers: options.writers, mix, seconds, batches, batchesPerSecond: batches / seconds, failures, p50Ms: at(0.5), p95Ms: at(0.95) };
}
