// The embedded default database (DESIGN §7): PGlite served on a local TCP port by
// @electric-sql/pglite-socket, so that the app, Prisma and the loaders all speak to it through
// the same `pg` / @prisma/adapter-pg code path as to a real PostgreSQL.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop(): Promise<void> };

export type EmbeddedOptions = {
  /** folder for the data files; omitted = in memory (tests) */
  dataDir?: string;
  /** 0 = any free port */
  port?: number;
  /** client connections multiplexed onto PGlite's single session */
  maxConnections?: number;
};

export async function startEmbeddedDatabase(options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? "memory://");
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 16,
  });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.split(":").pop());
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
