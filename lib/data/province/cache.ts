// The shared read cache (issue 19): province-wide reads that every viewer shares (scorecard
// sections, drill-down levels, heat map, indices) are computed once per change instead of once per
// page view. One module, a small API:
//
//   export const getX = sharedRead("x", ["dossiers"], computeX);   // (viewer, ...args) reads
//   export const getY = provinceRead("y", ["reports"], computeY);  // reads that take no viewer
//   await syncChanges();                                           // after a write, before rendering
//
// Keys: the read's name, the viewer's *read scope* (not the user: every viewer with the same read
// grants and agencies shares one entry; agency staff get their own) and the JSON of the arguments.
// Invalidation: statement triggers NOTIFY the changed domain at COMMIT (migration
// 20261202060000_shared_read_cache); lib/db/changes.ts LISTENs in every process and an entry goes
// as soon as one of its domains changes — any process's write, server action, import, API batch,
// reorganisation, or a psql session. A writer sees its change at once (the action wrapper calls
// syncChanges() after COMMIT); other processes within milliseconds, well inside the 5 s bound.
// When the listener is not connected the reads run uncached: never a stale figure by design.
//
// Cached values are shared between requests and deep-frozen: a caller that wants to change one
// copies it first (a mutation throws instead of corrupting every viewer's page).
import "server-only";
import { grantFor, ownAgencyIds, type Action, type Viewer } from "@/lib/auth/permissions";
import { getChangeListener } from "@/lib/db";
import { getEnv } from "@/lib/env";

/** What a cached read depends on; the tables of each are listed in the migration. */
export const DOMAINS = ["organisation", "dossiers", "tasks", "staffing", "indices", "assessments", "reports"] as const;
export type Domain = (typeof DOMAINS)[number];

/** Units, reorganisations and settings (the data's "today") shape every read. */
const ALWAYS: Domain = "organisation";
const MAX_ENTRIES = 2_000;
/** Belt and braces for anything that depends on the clock rather than the data. */
const MAX_AGE_MS = 5 * 60_000;
/** The grants that decide what a province read returns. */
const READ_GRANTS: readonly Action[] = ["scorecard.read", "agency.read", "official.read"];

type Entry = { domains: readonly Domain[]; at: number; value: Promise<unknown> };
type State = { entries: Map<string, Entry>; computed: Map<string, number>; hits: number; listener?: ReturnType<typeof getChangeListener> };

const holder = globalThis as unknown as { cchcReadCache?: State };
const state: State = (holder.cchcReadCache ??= { entries: new Map(), computed: new Map(), hits: 0 });

function forgetDomain(domain: string): void {
  for (const [key, entry] of state.entries) {
    if (entry.domains.includes(domain as Domain)) state.entries.delete(key);
  }
}

function forgetAll(): void {
  state.entries.clear();
}

/** The listener of the database the data layer uses now (a new one after connectDatabase()). */
function listener() {
  const current = getChangeListener(forgetDomain, forgetAll);
  if (state.listener !== current) {
    forgetAll();
    state.listener = current;
  }
  return current;
}

/** The part of a viewer a province read depends on: read grants, and agencies when a grant is "own". */
export function readScopeKey(viewer: Viewer): string {
  const grants = READ_GRANTS.map((action) => grantFor(viewer.role, action) ?? "-");
  return grants.includes("own") ? `${grants.join(",")}@${ownAgencyIds(viewer).join(",")}` : grants.join(",");
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  if (value instanceof Map) for (const item of value.values()) deepFreeze(item);
  else if (value instanceof Set) for (const item of value) deepFreeze(item);
  else if (!(value instanceof Date)) for (const item of Object.values(value)) deepFreeze(item);
  return Object.freeze(value);
}

let enabled: boolean | undefined;

function cacheEnabled(): boolean {
  if (enabled === undefined) {
    const env = getEnv();
    enabled = env.READ_CACHE ? env.READ_CACHE === "on" : env.NODE_ENV === "production";
  }
  return enabled;
}

function cached<R>(name: string, domains: readonly Domain[], key: string, compute: () => Promise<R>): Promise<R> {
  if (!cacheEnabled()) return compute();
  const changes = listener();
  if (!changes.listening) return compute();
  const now = Date.now();
  const found = state.entries.get(key);
  if (found && now - found.at < MAX_AGE_MS) {
    state.hits += 1;
    return found.value as Promise<R>;
  }
  state.computed.set(name, (state.computed.get(name) ?? 0) + 1);
  // the promise is stored at once: concurrent misses share one computation (200 viewers after a
  // meeting is called ask for the same figures in the same second)
  const value = compute().then(deepFreeze);
  const entry: Entry = { domains: [ALWAYS, ...domains], at: now, value };
  state.entries.set(key, entry);
  value.catch(() => {
    if (state.entries.get(key) === entry) state.entries.delete(key);
  });
  if (state.entries.size > MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
  return value;
}

class Uncacheable extends Error {}

/** JSON of plain arguments; an argument that is a class instance (a UnitLens, a callback) makes the call uncached. */
function argumentsKey(args: unknown[]): string | null {
  try {
    return JSON.stringify(args, (_key, value: unknown) => {
      if (typeof value === "function") throw new Uncacheable();
      if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        const proto: unknown = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null && !(value instanceof Date)) throw new Uncacheable();
      }
      return value;
    });
  } catch (error) {
    if (error instanceof Uncacheable) return null;
    throw error;
  }
}

/** A cached `(viewer, ...args)` read shared by every viewer of the same read scope. */
export function sharedRead<A extends unknown[], R>(
  name: string,
  domains: readonly Domain[],
  read: (viewer: Viewer, ...args: A) => Promise<R>,
): (viewer: Viewer, ...args: A) => Promise<R> {
  return (viewer, ...args) => {
    const key = argumentsKey(args);
    return key === null ? read(viewer, ...args) : cached(name, domains, `${name}|${readScopeKey(viewer)}|${key}`, () => read(viewer, ...args));
  };
}

/** A cached read that takes no viewer (its caller checked scope, or the data is public to viewers). */
export function provinceRead<A extends unknown[], R>(name: string, domains: readonly Domain[], read: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args) => {
    const key = argumentsKey(args);
    return key === null ? read(...args) : cached(name, domains, `${name}||${key}`, () => read(...args));
  };
}

/** After a write has committed: waits until this process has heard of it, so the writer's next render is fresh. */
export async function syncChanges(): Promise<void> {
  if (cacheEnabled()) await listener().sync();
}

export type CacheStats = { listening: boolean; entries: number; hits: number; computed: Record<string, number> };

/** How often each read was computed (not served from the cache) in this process; for tests and the bench. */
export function cacheStats(): CacheStats {
  return { listening: cacheEnabled() && listener().listening, entries: state.entries.size, hits: state.hits, computed: Object.fromEntries(state.computed) };
}
