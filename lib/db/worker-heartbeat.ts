// A crashed worker's jobs come back in a minute, not in four hours (issue 22). graphile-worker 0.16
// frees a lock only when it is 4 hours old (its fixed "stale lock" sweep), because it cannot tell a
// slow worker from a dead one; its own tool for a worker known to be dead is
// graphile_worker.force_unlock_workers(worker ids). This tells them apart: each worker of this
// process writes a heartbeat row (job_worker) every `everyMs`; a row silent for `staleMs` is a
// dead worker (a process killed, a machine gone), and every process's sweep — at start-up and on
// each beat — hands that worker's jobs back to the queue with force_unlock_workers. A worker whose
// event loop stalls longer than staleMs could see its job run twice: the tasks are idempotent
// (dedupe keys, job keys), and the limit is a minute for a reason.
import type pg from "pg";
import type { WorkerEvents } from "graphile-worker";

export type HeartbeatOptions = { everyMs: number; staleMs: number };

export const DEFAULT_HEARTBEAT: HeartbeatOptions = { everyMs: 10_000, staleMs: 60_000 };

const warn = (what: string, error: unknown) => console.error(`[jobs] ${what}: ${error instanceof Error ? error.message : String(error)}`);

/** Unlocks the jobs of workers silent for `staleMs` and forgets them; returns their ids. */
export async function sweepDeadWorkers(pool: pg.Pool, staleMs: number): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const dead = await client.query<{ worker_id: string }>(
      "DELETE FROM job_worker WHERE seen_at < now() - $1::int * interval '1 millisecond' RETURNING worker_id",
      [staleMs],
    );
    const ids = dead.rows.map((row) => row.worker_id);
    if (ids.length > 0) await client.query("SELECT graphile_worker.force_unlock_workers($1::text[])", [ids]);
    await client.query("COMMIT");
    return ids;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export type Heartbeat = { stop(): Promise<void>; sweep(): Promise<string[]> };

/**
 * Follows the workers `events` reports (graphile-worker's worker:create / worker:stop), beats for
 * those alive and sweeps the dead ones of any process. Start it before run() creates the workers.
 */
export function startHeartbeat(pool: pg.Pool, events: WorkerEvents, options: HeartbeatOptions = DEFAULT_HEARTBEAT): Heartbeat {
  const alive = new Set<string>();
  const pending = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    const settled = work.catch((error: unknown) => warn("heartbeat", error)).finally(() => pending.delete(settled));
    pending.add(settled);
  };
  const beat = (ids: string[]) =>
    pool.query("INSERT INTO job_worker (worker_id, seen_at) SELECT unnest($1::text[]), now() ON CONFLICT (worker_id) DO UPDATE SET seen_at = now()", [ids]);

  events.on("worker:create", ({ worker }) => {
    alive.add(worker.workerId);
    track(beat([worker.workerId]));
  });
  events.on("worker:stop", ({ worker }) => {
    alive.delete(worker.workerId);
    track(pool.query("DELETE FROM job_worker WHERE worker_id = $1", [worker.workerId]));
  });

  const sweep = () => sweepDeadWorkers(pool, options.staleMs);
  track(sweep());
  const timer = setInterval(() => {
    if (alive.size > 0) track(beat([...alive]));
    track(sweep());
  }, options.everyMs);
  timer.unref();

  return {
    sweep,
    async stop() {
      clearInterval(timer);
      await Promise.all([...pending]);
    },
  };
}
