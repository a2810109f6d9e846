// Peak memory of a server process and its children, sampled from /proc (Linux): the largest sum
// of resident set sizes seen, and each process's own high-water mark (VmHWM) as a cross-check.
import { readFileSync, readdirSync } from "node:fs";

function kib(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) : 0;
}

export function descendants(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i += 1) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${out[i]}/task/${task}/children`, "utf8").trim();
        if (children) out.push(...children.split(/\s+/).map(Number));
      } catch {
        // the task ended between the two reads
      }
    }
  }
  return out;
}

export class MemorySampler {
  private peakTreeKib = 0;
  private peakHwmKib = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly pid: number) {}

  /** The process tree's resident memory right now (MiB). */
  static currentMiB(pid: number): number {
    const probe = new MemorySampler(pid);
    probe.sample();
    return probe.peakTreeKib / 1024;
  }

  sample(): void {
    let tree = 0;
    for (const pid of descendants(this.pid)) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        tree += kib(status, "VmRSS");
        this.peakHwmKib = Math.max(this.peakHwmKib, kib(status, "VmHWM"));
      } catch {
        // gone
      }
    }
    this.peakTreeKib = Math.max(this.peakTreeKib, tree);
  }

  start(intervalMs = 100): void {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  stop(): { peakMiB: number; largestProcessHwmMiB: number } {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return { peakMiB: this.peakTreeKib / 1024, largestProcessHwmMiB: this.peakHwmKib / 1024 };
  }
}

/** Peak resident memory of this process so far (MiB), from the kernel's high-water mark. */
export function ownPeakMiB(): number {
  return kib(readFileSync("/proc/self/status", "utf8"), "VmHWM") / 1024;
}
