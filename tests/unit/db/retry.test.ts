// Transient failures are recognised in every shape they arrive in, and only lost races are retried,
// a bounded number of times, with growing jittered delays.
import { describe, expect, it } from "vitest";
import { transientFailure } from "@/lib/errors/database";
import { retryConflicts } from "@/lib/db/retry";

const deadlock = Object.assign(new Error("deadlock detected"), { code: "40P01", severity: "ERROR" });

describe("transient failures", () => {
  it("reads PostgreSQL's SQLSTATEs, Node's socket codes, pg's messages and Prisma's codes", () => {
    expect(transientFailure(deadlock)).toBe("conflict");
    expect(transientFailure({ code: "40001" })).toBe("conflict");
    expect(transientFailure({ code: "57P01", message: "terminating connection due to administrator command" })).toBe("connection");
    expect(transientFailure({ code: "57P03" })).toBe("connection");
    expect(transientFailure(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe("connection");
    expect(transientFailure(new Error("Connection terminated unexpectedly"))).toBe("connection");
    expect(transientFailure(new Error("timeout exceeded when trying to connect"))).toBe("busy");
    expect(transientFailure({ code: "P2028", message: "Unable to start a transaction in the given time." })).toBe("busy");
    expect(transientFailure({ code: "P2034" })).toBe("conflict");
    expect(transientFailure({ name: "DriverAdapterError", cause: { kind: "TransactionWriteConflict" } })).toBe("conflict");
    expect(transientFailure({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "40P01" } } } })).toBe("conflict");
  });

  it("answers null for failures that would happen again", () => {
    expect(transientFailure({ code: "23505" })).toBeNull();
    expect(transientFailure(new Error("syntax error at or near SELECT"))).toBeNull();
    expect(transientFailure({ code: "P2025" })).toBeNull();
    expect(transientFailure(null)).toBeNull();
  });
});

describe("retryConflicts", () => {
  const noWait = { sleep: async () => undefined, random: () => 1 };

  it("runs a transaction that lost a race again, and returns its result", async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await retryConflicts(
      async () => {
        calls += 1;
        if (calls < 3) throw deadlock;
        return "ok";
      },
      { ...noWait, onRetry: (_error, _attempt, delay) => delays.push(delay) },
    );
    expect(result).toBe("ok");
    expect(calls).toBe(3);
    // full jitter up to a cap that doubles: 25 ms, then 50 ms (random() = 1 takes the cap)
    expect(delays).toEqual([25, 50]);
  });

  it("gives up after the last attempt with the race's own error", async () => {
    let calls = 0;
    await expect(
      retryConflicts(async () => {
        calls += 1;
        throw deadlock;
      }, { ...noWait, attempts: 4 }),
    ).rejects.toBe(deadlock);
    expect(calls).toBe(4);
  });

  it("never retries anything else", async () => {
    let calls = 0;
    const unique = Object.assign(new Error("duplicate key"), { code: "23505" });
    await expect(retryConflicts(async () => {
      calls += 1;
      throw unique;
    }, noWait)).rejects.toBe(unique);
    expect(calls).toBe(1);
  });

  it("caps the delay", async () => {
    const delays: number[] = [];
    await expect(
      retryConflicts(async () => {
        throw deadlock;
      }, { ...noWait, attempts: 8, maxDelayMs: 100, onRetry: (_e, _a, delay) => delays.push(delay) }),
    ).rejects.toBe(deadlock);
    expect(delays).toEqual([25, 50, 100, 100, 100, 100, 100]);
  });
});
