// The bench's concurrency section (issue 19): the production set-up (scripts/production/cluster.ts:
// one app process per core behind nginx) under 50 and 200 signed-in viewers with no think time,
// across the scorecard, /dossiers, one agency's procedures and the dossier list, for --seconds
// each; then 200 viewers with 20 API writers posting mixed batches. Beside them, in the same run
// and through the same nginx, the single-viewer figures and each page's weight (HTML, and the RSC
// payload of a client-side navigation). Runs on the database as it is; only the writers write
// (their dossiers are deleted afterwards) and `writers: 0` leaves the database untouched: the
// viewers' sessions are the cookie a sign-in issues, sealed with the run's NEXTAUTH_SECRET for the
// demo's leader and inspector as stored (no sign-in, so no audit row and no bcrypt time).
import { randomBytes } from "node:crypto";
import os from "node:os";
import type pg from "pg";
import { encode } from "next-auth/jwt";
import type { Role } from "../../lib/generated/prisma/enums";
import { startCluster } from "../production/cluster";
import { timeRoute, type Session } from "./http";
import { runViewers, type LoadPage, type LoadResult } from "./load";
import { BENCH_ROUTES } from "./routes";
import { prepareWriters, runWriters, WRITER_PREFIX, type WritersResult } from "./writers";

export type PageWeight = { name: string; path: string; htmlKiB: number; rscKiB: number };

export type ConcurrencyRun = LoadResult & { writers: number; writing?: WritersResult };

export type ConcurrencyBench = {
  date: string;
  command: string;
  database: string;
  dossiers: number;
  processes: number;
  seconds: number;
  single: { name: string; path: string; p50: number; p95: number; n: number }[];
  weights: PageWeight[];
  /** every other page's weight (issue 19: no page over 80 KB), weighed once, not loaded; absent in runs before it */
  otherWeights?: PageWeight[];
  runs: ConcurrencyRun[];
  /** 1-minute load average before and after */
  load: [number, number];
};

/** Sessions per role: viewers share them; each is its own token, so nginx spreads them over the processes. */
const SESSIONS_PER_ROLE = 8;
const LOGINS = { leader: "lanhdao", inspector: "thanhtra" } as const;

/** `count` session cookies of the stored user `login`, as next-auth issues them at sign-in (lib/auth/options.ts jwt()). */
async function sessionsOf(client: pg.Client, login: string, secret: string, baseUrl: string, count: number): Promise<Session[]> {
  const { rows } = await client.query<{ id: number; role: Role; agency_id: number | null; session_version: number; full_name: string }>(
    "SELECT id, role, agency_id, session_version, full_name FROM app_user WHERE username = $1 AND active",
    [login],
  );
  const user = rows[0];
  if (!user) throw new Error(`Không có người dùng ${login} (dữ liệu mẫu).`);
  const sessions: Session[] = [];
  for (let i = 0; i < count; i += 1) {
    const token = await encode({
      secret,
      token: { sub: String(user.id), name: user.full_name, userId: user.id, role: user.role, agencyId: user.agency_id, mustChangePassword: false, sessionVersion: user.session_version },
    });
    sessions.push({ cookie: `next-auth.session-token=${token}`, origin: baseUrl });
  }
  return sessions;
}
const PAGES = BENCH_ROUTES.slice(0, 4);

/** The other pages a leader or an inspector opens, weighed once each beside the four loaded ones. */
const OTHER_PAGES: { name: string; role: "leader" | "inspector"; path: (agencyId: number) => string }[] = [
  { name: "Biên chế", role: "leader", path: () => "/staffing" },
  { name: "Nhiệm vụ", role: "leader", path: () => "/tasks" },
  { name: "Chỉ số phục vụ", role: "leader", path: () => "/service-index" },
  { name: "Chỉ số", role: "leader", path: () => "/indices" },
  { name: "Báo cáo", role: "leader", path: () => "/reports" },
  { name: "Đánh giá", role: "leader", path: () => "/assessments" },
  { name: "Một cơ quan", role: "inspector", path: (id) => `/dossiers/agencies/${id}?period=2024-Q2` },
  { name: "Bản đồ nhiệt", role: "inspector", path: () => "/dossiers/heatmap" },
  { name: "Tuân thủ", role: "inspector", path: () => "/dossiers/compliance" },
];

async function weightOf(baseUrl: string, path: string, session: Session): Promise<{ htmlKiB: number; rscKiB: number }> {
  const html = await fetch(`${baseUrl}${path}`, { headers: { cookie: session.cookie } });
  const rsc = await fetch(`${baseUrl}${path}`, { headers: { cookie: session.cookie, rsc: "1" } });
  return { htmlKiB: (await html.arrayBuffer()).byteLength / 1024, rscKiB: (await rsc.arrayBuffer()).byteLength / 1024 };
}

export async function benchConcurrency(options: {
  client: pg.Client;
  databaseUrl: string;
  database: string;
  command: string;
  port: number;
  processes: number;
  seconds: number;
  viewerCounts: readonly number[];
  writers: number;
  log: (line: string) => void;
}): Promise<ConcurrencyBench> {
  const { client, log } = options;
  const dossiers = Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM dossier")).rows[0]!.n);
  const secret = randomBytes(32).toString("base64");
  const cluster = await startCluster({
    processes: options.processes,
    port: options.port,
    connections: 40,
    databaseUrl: options.databaseUrl,
    nextAuthSecret: secret,
    // the writers' batches are measured, not the per-token limit (60 a minute)
    env: { API_RATE_LIMIT_PER_MINUTE: "1000000" },
    log,
  });
  const loadBefore = os.loadavg()[0]!;
  try {
    const baseUrl = cluster.url;
    const sessions = {
      leader: await sessionsOf(client, LOGINS.leader, secret, baseUrl, SESSIONS_PER_ROLE),
      inspector: await sessionsOf(client, LOGINS.inspector, secret, baseUrl, SESSIONS_PER_ROLE),
    };
    const context = { client, baseUrl, session: (role: "leader" | "inspector") => sessions[role][0]! };
    const pages: LoadPage[] = [];
    const single: ConcurrencyBench["single"] = [];
    const weights: PageWeight[] = [];
    for (const route of PAGES) {
      const { path } = await route.prepare(context);
      pages.push({ name: route.name, path, sessions: sessions[route.role] });
      // every session once: each process has computed the shared reads before the clock starts
      for (const session of sessions[route.role]) await fetch(`${baseUrl}${path}`, { headers: { cookie: session.cookie } }).then((r) => r.arrayBuffer());
      const timing = await timeRoute(`${baseUrl}${path}`, sessions[route.role][0]!, 30, 3);
      single.push({ name: route.name, path, ...timing });
      weights.push({ name: route.name, path, ...(await weightOf(baseUrl, path, sessions[route.role][0]!)) });
      log(`▶ ${route.name}: một người xem p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms; HTML ${weights.at(-1)!.htmlKiB.toFixed(0)} KiB, RSC ${weights.at(-1)!.rscKiB.toFixed(0)} KiB`);
    }
    const otherWeights: PageWeight[] = [];
    const agencyId = Number(/\/dossiers\/agencies\/(\d+)\//.exec(pages[2]?.path ?? "")?.[1] ?? 1);
    for (const page of OTHER_PAGES) {
      const path = page.path(agencyId);
      otherWeights.push({ name: page.name, path, ...(await weightOf(baseUrl, path, sessions[page.role][0]!)) });
      log(`▶ ${page.name} (${path}): HTML ${otherWeights.at(-1)!.htmlKiB.toFixed(0)} KiB, RSC ${otherWeights.at(-1)!.rscKiB.toFixed(0)} KiB`);
    }
    const runs: ConcurrencyRun[] = [];
    const report = (run: ConcurrencyRun) =>
      log(
        `▶ ${run.viewers} người xem${run.writers ? ` + ${run.writers} hệ thống ghi` : ""}: ${run.pagesPerSecond.toFixed(1)} trang/s, ` +
          `p50 ${run.p50.toFixed(0)} ms, p95 ${run.p95.toFixed(0)} ms, p99 ${run.p99.toFixed(0)} ms, lỗi ${JSON.stringify(run.errors)}, ` +
          `CPU ${run.cpuMsPerPage.toFixed(1)} ms/trang, RSS đỉnh ${run.peakRssMiB.toFixed(0)} MiB` +
          (run.writing ? `; ghi ${run.writing.batchesPerSecond.toFixed(1)} lô/s (p95 ${run.writing.p95Ms.toFixed(0)} ms, lỗi ${JSON.stringify(run.writing.failures)})` : ""),
      );
    for (const viewers of options.viewerCounts) {
      const run = { ...(await runViewers({ baseUrl, pages, viewers, seconds: options.seconds, appPids: cluster.appPids })), writers: 0 };
      runs.push(run);
      report(run);
    }
    if (options.writers > 0) {
      const tag = `c${Date.now().toString(36)}`;
      const fixture = await prepareWriters(client, options.writers, tag);
      try {
        const viewers = Math.max(...options.viewerCounts);
        const [load, writing] = await Promise.all([
          runViewers({ baseUrl, pages, viewers, seconds: options.seconds, appPids: cluster.appPids }),
          runWriters({ baseUrl, fixture, writers: options.writers, mix: "mixed", seconds: options.seconds, run: tag }),
        ]);
        const run = { ...load, writers: options.writers, writing };
        runs.push(run);
        report(run);
      } finally {
        await client.query("DELETE FROM dossier WHERE code LIKE $1", [`${WRITER_PREFIX}${tag}%`]);
      }
    }
    return {
      date: new Date().toISOString(),
      command: options.command,
      database: options.database,
      dossiers,
      processes: options.processes,
      seconds: options.seconds,
      single,
      weights,
      otherWeights,
      runs,
      load: [loadBefore, os.loadavg()[0]!],
    };
  } finally {
    await cluster.stop();
  }
}
