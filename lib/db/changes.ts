// The process's one LISTEN connection for the shared read cache (issue 19, lib/data/province/cache.ts).
// Statement triggers (migration 20261202060000_shared_read_cache) send `cchc_data_change` with the
// changed table's domain at COMMIT; every app process hears every other's writes within
// milliseconds, so N processes behind nginx never serve each other's stale figures for long.
// While the connection is not listening (starting, lost, or PGlite, whose sockets share one
// session) the cache is bypassed rather than risk missing a change.
import "server-only";
import pg from "pg";
import { connectionFields } from "@/lib/db/pg-adapter";

export const CHANGE_CHANNEL = "cchc_data_change";
const RECONNECT_MS = 1_000;

export type ChangeListener = {
  /** true while notifications arrive: cached reads may be served */
  readonly listening: boolean;
  /** Resolves once every change committed before the call has been delivered to `onChange`. */
  sync(): Promise<void>;
  close(): Promise<void>;
};

/**
 * Listens for `url`; `onChange(domain)` for each notification, `onLost()` when the connection drops
 * (changes may have been missed: the caller forgets everything it cached).
 */
export function listenForChanges(url: string, onChange: (domain: string) => void, onLost: () => void): ChangeListener {
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let connecting: Promise<void> | null = null;

  const lost = (previous: pg.Client) => {
    if (client !== previous) return;
    client = null;
    listening = false;
    onLost();
    if (!closed) setTimeout(() => void connect(), RECONNECT_MS).unref();
  };

  function connect(): Promise<void> {
    connecting ??= (async () => {
      const next = new pg.Client({ ...connectionFields(url), application_name: "cchc-cache-listener" });
      next.on("notification", (message) => {
        if (message.channel === CHANGE_CHANNEL && message.payload) onChange(message.payload);
      });
      next.on("error", () => lost(next));
      next.on("end", () => lost(next));
      try {
        await next.connect();
        const { rows } = await next.query<{ v: string }>("SELECT version() AS v");
        // PGlite multiplexes every socket onto one session: a notification would not reach us reliably
        if (rows[0]?.v.includes("PGlite")) {
          await next.end();
          return;
        }
        await next.query(`LISTEN ${CHANGE_CHANNEL}`);
        if (closed) {
          await next.end();
          return;
        }
        client = next;
        listening = true;
      } catch {
        await next.end().catch(() => {});
        if (!closed) setTimeout(() => void connect(), RECONNECT_MS * 5).unref();
      } finally {
        connecting = null;
      }
    })();
    return connecting;
  }
  void connect();

  return {
    get listening() {
      return listening;
    },
    async sync() {
      // PostgreSQL hands a listener its pending notifications before the answer to its next query
      // (and NOTIFY is queued before the writer's COMMIT returns), so one round trip flushes them
      if (connecting) await connecting;
      await client?.query("SELECT 1").catch(() => {});
    },
    async close() {
      closed = true;
      listening = false;
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}
