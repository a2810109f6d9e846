// N app processes (`next start`, one per core by default) behind nginx (issue 19), for
// scripts/production.ts and the bench's concurrency section. Each process gets its share of the
// PostgreSQL connections, the same NEXTAUTH_SECRET (a session made by one is read by all) and
// TRUSTED_PROXIES for nginx; the shared read cache needs nothing more (every process LISTENs for
// the database's change notices). nginx runs unprivileged from a prefix directory with the
// config of deploy/nginx/cchc-dashboard.conf.template.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type ClusterOptions = {
  /** app processes (default: the machine's cores) */
  processes: number;
  /** nginx's port; the apps listen on the next ones */
  port: number;
  databaseUrl: string;
  nextAuthSecret: string;
  /** PostgreSQL connections for all processes together (reads, saves, API/imports) */
  connections: number;
  /** MAX_IN_FLIGHT per process (lib/http/load-shedding.ts) */
  maxInFlight?: number;
  /** extra environment of every app process */
  env?: Record<string, string>;
  prefix?: string;
  log?: (line: string) => void;
};

export type Cluster = { url: string; appPids: () => number[]; nginxPid: number; stop(): Promise<void> };

/**
 * Each process's pools from the budget: reads half, API/imports a third, saves the rest, at least
 * 2/2/1; the LISTEN connection of the read cache is one more per process.
 */
export function poolSizes(connections: number, processes: number): { reads: number; api: number; writes: number } {
  const each = Math.floor(connections / processes) - 1;
  const reads = Math.max(2, Math.floor(each / 2));
  const api = Math.max(2, Math.floor(each / 3));
  return { reads, api, writes: Math.max(1, each - reads - api) };
}

export function nginxConfig(template: string, fields: { prefix: string; listen: number; appPorts: number[] }): string {
  const servers = fields.appPorts.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=2s;`).join("\n");
  return template.replaceAll("{{PREFIX}}", fields.prefix).replaceAll("{{LISTEN}}", `127.0.0.1:${fields.listen}`).replaceAll("{{SERVERS}}", servers);
}

/** Resolves once `url` answers below 500 (a server that started), or throws after `timeoutMs`. */
export async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`Không có trả lời ở ${url} sau ${timeoutMs / 1000} s.`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? (() => {});
  const prefix = path.resolve(options.prefix ?? `.data/nginx-${options.port}`);
  for (const dir of ["", "client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(prefix, dir), { recursive: true });
  const appPorts = Array.from({ length: options.processes }, (_, i) => options.port + 1 + i);
  const url = `http://127.0.0.1:${options.port}`;
  const pools = poolSizes(options.connections, options.processes);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    NODE_ENV: "production",
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: options.nextAuthSecret,
    TRUSTED_PROXIES: "127.0.0.1,::1",
    DATABASE_POOL_MAX: String(pools.reads),
    DATABASE_API_POOL_MAX: String(pools.api),
    DATABASE_WRITE_POOL_MAX: String(pools.writes),
    ...(options.maxInFlight === undefined ? {} : { MAX_IN_FLIGHT: String(options.maxInFlight) }),
  };
  const apps = appPorts.map((port) =>
    spawn("node_modules/.bin/next", ["start", "--port", String(port), "--hostname", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "inherit"] }),
  );
  const config = path.join(prefix, "nginx.conf");
  writeFileSync(config, nginxConfig(readFileSync("deploy/nginx/cchc-dashboard.conf.template", "utf8"), { prefix, listen: options.port, appPorts }));
  const nginx = spawn("nginx", ["-p", prefix, "-c", config, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
  const stop = async () => {
    await Promise.all([stopChild(nginx), ...apps.map(stopChild)]);
  };
  try {
    await Promise.all(appPorts.map((port) => waitForServer(`http://127.0.0.1:${port}/sign-in`, 90_000)));
    await waitForServer(`${url}/sign-in`, 10_000);
  } catch (error) {
    await stop();
    throw error;
  }
  log(`▶ ${options.processes} tiến trình ứng dụng (cổng ${appPorts.join(", ")}; mỗi tiến trình ${pools.reads}+${pools.writes}+${pools.api} kết nối CSDL) sau nginx ở ${url}`);
  return { url, appPids: () => apps.map((app) => app.pid!).filter(Boolean), nginxPid: nginx.pid!, stop };
}
