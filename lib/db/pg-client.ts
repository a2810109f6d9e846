// Checking a connection out of a plain `pg` pool (imports, API batches, scripts). While a client is
// checked out, pg-pool's own `error` listener is off; if PostgreSQL closes the connection between
// two queries, the client emits `error` and, with no listener, Node raises an uncaughtException
// (issue 18: four of them on a PostgreSQL restart). So a listener is attached for the whole
// checkout, and a client that failed is destroyed on release instead of going back to the pool.
import type { Pool, PoolClient } from "pg";
import { transientFailure } from "@/lib/errors/database";

export async function withClient<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error) => {
    broken = error;
  };
  client.on("error", onError);
  try {
    return await work(client);
  } catch (error) {
    // a lost connection must not be handed to the next caller
    if (!broken && transientFailure(error) === "connection") broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    client.off("error", onError);
    client.release(broken);
  }
}

/** `work` inside BEGIN … COMMIT on one connection; any failure rolls back and is thrown. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return withClient(pool, async (client) => {
    await client.query("BEGIN");
    try {
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  });
}
