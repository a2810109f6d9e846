// Closed-loop load for the bench's concurrency section (issue 19): V viewers, each requesting the
// next page as soon as the last one arrived (no think time), for a fixed time; meanwhile the app
// processes' CPU time (from /proc/<pid>/stat) and their resident memory are sampled.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { descendants, MemorySampler } from "./memory";
import { percentile, type Session } from "./http";

/** A page and the sessions that open it (viewer v uses sessions[v % length]). */
export type LoadPage = { name: string; path: string; sessions: Session[] };

export type LoadResult = {
  viewers: number;
  seconds: number;
  pages: number;
  pagesPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** responses other than 200 (or "timeout", "network"), by status */
  errors: Record<string, number>;
  /** app processes' user + system CPU time per page served */
  cpuMsPerPage: number;
  /** largest sum of the app processes' resident memory (their trees) seen */
  peakRssMiB: number;
  byPage: { name: string; n: number; p50: number; p95: number }[];
};

const TICKS_PER_SECOND = 100; // USER_HZ on Linux
const REQUEST_TIMEOUT_MS = 30_000;

/** CPU time (ms) a process tree has used so far (each live process, and the children it reaped). */
export function treeCpuMs(pid: number): number {
  return descendants(pid).reduce((sum, each) => sum + cpuMs(each), 0);
}

function cpuMs(pid: number): number {
  try {
    // fields after the ")" of the command: utime is the 12th, stime the 13th, cutime/cstime next
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export class RssSampler {
  private peak = 0;
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly pids: () => number[]) {}
  sample(): void {
    this.peak = Math.max(this.peak, this.pids().reduce((sum, pid) => sum + MemorySampler.currentMiB(pid), 0));
  }
  start(intervalMs = 200): void {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }
  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

export async function runViewers(options: { baseUrl: string; pages: LoadPage[]; viewers: number; seconds: number; appPids: () => number[] }): Promise<LoadResult> {
  const { pages, viewers } = options;
  const latencies: number[] = [];
  const perPage = new Map<string, number[]>(pages.map((page) => [page.name, []]));
  const errors: Record<string, number> = {};
  const memory = new RssSampler(options.appPids);
  memory.start();
  const cpuBefore = options.appPids().reduce((sum, pid) => sum + treeCpuMs(pid), 0);
  const started = performance.now();
  const until = started + options.seconds * 1000;
  async function viewer(v: number): Promise<void> {
    for (let i = v; performance.now() < until; i += 1) {
      const page = pages[i % pages.length]!;
      const sent = performance.now();
      let status: string;
      try {
        const response = await fetch(`${options.baseUrl}${page.path}`, {
          headers: { cookie: page.sessions[v % page.sessions.length]!.cookie },
          redirect: "manual",
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await response.arrayBuffer();
        status = String(response.status);
      } catch (error) {
        status = error instanceof Error && error.name === "TimeoutError" ? "timeout" : "network";
      }
      const ms = performance.now() - sent;
      latencies.push(ms);
      if (status === "200") perPage.get(page.name)!.push(ms);
      else errors[status] = (errors[status] ?? 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: viewers }, (_, v) => viewer(v)));
  const seconds = (performance.now() - started) / 1000;
  const cpu = options.appPids().reduce((sum, pid) => sum + treeCpuMs(pid), 0) - cpuBefore;
  const sorted = [...latencies].sort((a, b) => a - b);
  const served = sorted.length;
  return {
    viewers,
    seconds,
    pages: served,
    pagesPerSecond: served / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors,
    cpuMsPerPage: served > 0 ? cpu / served : NaN,
    peakRssMiB: memory.stop(),
    byPage: pages.map((page) => {
      const samples = [...perPage.get(page.name)!].sort((a, b) => a - b);
      return { name: page.name, n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95) };
    }),
  };
}
