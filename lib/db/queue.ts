// The job queue (issue 22): graphile-worker on the application's PostgreSQL. Chosen over pg-boss
// because a job is added by a plain SQL function (graphile_worker.add_job) inside the write's own
// Prisma or pg transaction, its schema comes from its own migrations that the deploy step runs as
// the owner (no DDL at run time, where pg-boss 10 creates a table per queue), and its crontab
// ticks once across processes. Jobs are taken with SELECT … FOR UPDATE SKIP LOCKED, so several app
// processes never run one job twice; a failed job is retried after exp(attempts) seconds until its
// max_attempts, then kept (lib/data/jobs.ts lists it for Admin); a job whose worker died is handed
// back within about a minute (./worker-heartbeat.ts), not after graphile-worker's fixed 4 hours.
import { EventEmitter } from "node:events";
import { Logger, run, runMigrations, type Runner, type TaskList, type WorkerEvents } from "graphile-worker";
import pg from "pg";
import { connectionFields } from "./pg-adapter";
import { crontabOf } from "@/lib/jobs/schedules";
import { DEFAULT_HEARTBEAT, startHeartbeat, type HeartbeatOptions } from "./worker-heartbeat";

export type WorkerOptions = {
  pool: pg.Pool;
  tasks: TaskList;
  /** jobs run at once in this process */
  concurrency?: number;
  /** ms between looks for due jobs when no notification arrives (retries come due silently) */
  pollInterval?: number;
  /** false: no cron ticks (tests that add jobs themselves) */
  crontab?: boolean;
  /** how often the workers beat, and after how long a silent one counts as dead */
  heartbeat?: HeartbeatOptions;
};

/** graphile-worker's warnings and errors only (it logs every job otherwise). */
const logger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`[jobs] ${message}`);
});

export async function startJobWorker(options: WorkerOptions): Promise<Runner> {
  // graphile-worker emits worker:create inside run(): the heartbeat listens before it starts
  const events: WorkerEvents = new EventEmitter();
  const heartbeat = startHeartbeat(options.pool, events, options.heartbeat ?? DEFAULT_HEARTBEAT);
  const runner = await run({
    events,
    pgPool: options.pool,
    taskList: options.tasks,
    concurrency: options.concurrency ?? 2,
    pollInterval: options.pollInterval ?? 2_000,
    crontab: options.crontab === false ? "" : crontabOf(),
    // the app handles SIGTERM itself (Next.js); the runner is stopped through runner.stop()
    noHandleSignals: true,
    // the embedded PGlite multiplexes every connection onto one session, where two connections'
    // named prepared statements collide; unnamed ones cost nothing that matters at this volume
    noPreparedStatements: true,
    logger,
  }).catch(async (error: unknown) => {
    await heartbeat.stop();
    throw error;
  });
  void runner.promise.finally(() => heartbeat.stop());
  // the caller may end the pool right after stop(): the workers' rows are deleted first
  return { ...runner, stop: async () => { await runner.stop(); await heartbeat.stop(); } };
}

/**
 * graphile-worker turns on row-level security for its private tables (with no policy) to keep
 * PostGraphile's users out; only their owner gets past it. The app role adds and takes jobs, and
 * nothing here exposes those tables, so the owner turns it off after every migration.
 */
const OPEN_QUEUE_TABLES = `DO $$
DECLARE item record;
BEGIN
  FOR item IN SELECT c.oid::regclass AS relation FROM pg_class c
               WHERE c.relnamespace = 'graphile_worker'::regnamespace AND c.relkind IN ('r', 'p') AND c.relrowsecurity
  LOOP
    EXECUTE format('ALTER TABLE %s DISABLE ROW LEVEL SECURITY', item.relation);
  END LOOP;
END $$`;

/** The queue's schema, created or upgraded by its own migrations — run as the database owner (scripts/lib/process.ts). */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger });
  const client = new pg.Client(connectionFields(connectionString));
  await client.connect();
  try {
    await client.query(OPEN_QUEUE_TABLES);
  } finally {
    await client.end();
  }
}
