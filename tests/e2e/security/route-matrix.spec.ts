// The role × route matrix (issue 17): every page and API route of the app, as each role and as an
// anonymous visitor, with the agency staff member's own agency's ids and another agency's.
// Expected access follows the decision table of DESIGN §2 (lib/auth/permissions.ts). A leak is a
// refused combination answering 200, or any response to agency staff that shows another agency's
// rows (its dossier codes, task codes and titles, officials' names). No response may be a 5xx.
// A page or route file added later without a row here fails the test, so the matrix stays whole.
// An allowed page that renders its error boundary (a server error streamed after the 200 status,
// issue 16: /admin/indicators once did) counts as a failure too.
// Each page a role may open is then opened once in Chromium as that role (own agency's ids only)
// and checked with axe-core: 0 serious or critical violations (issue 23).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { grantFor, type Action } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { seriousViolations } from "./support/axe";
import { errorBoundary } from "./support/error-boundary";
import { anonymous, BASE_URL, signInEveryRole, type Client, type RoleName } from "./support/client";
import { loadTargets, type Targets } from "./support/database";
import { inPool } from "./support/pool";

type Scope = "own" | "other";
type Who = Role | "ANONYMOUS";
type Route = {
  /** the app/ file it exercises, e.g. "(app)/dossiers/[id]/page.tsx" */
  file: string;
  method?: "GET" | "POST";
  url: (t: Targets, scope: Scope) => string;
  /** what the viewer needs; "signedIn" = any role */
  need: Action | "signedIn" | "public";
  /** the URL names a resource of one agency: own or other */
  scoped?: boolean;
  /** status when allowed and when refused, if not 200 / 404 (pages) or 403 (APIs) */
  allowed?: number | ((who: Who) => number);
  refused?: number;
};

const own = (t: Targets, s: Scope) => (s === "own" ? t.own : t.other);
const page = (file: string, url: Route["url"], need: Route["need"], extra: Partial<Route> = {}): Route => ({
  file: file ? `(app)/${file}/page.tsx` : "(app)/page.tsx",
  url,
  need,
  ...extra,
});
const fixed = (p: string) => () => p;

const ROUTES: Route[] = [
  page("", fixed("/"), "signedIn"),
  page("scorecard", fixed("/scorecard"), "scorecard.read"),
  page("start", fixed("/start"), "signedIn", { allowed: 307 }),
  page("agencies/[id]", (t, s) => `/agencies/${own(t, s).agencyId}`, "agency.read", { scoped: true }),
  page("agencies/mine", fixed("/agencies/mine"), "signedIn", { allowed: (who) => (who === "LEADER" || who === "ADMIN" ? 404 : 307) }),
  page("dossiers", fixed("/dossiers"), "agency.read"),
  page("dossiers/[id]", (t, s) => `/dossiers/${own(t, s).dossierId}`, "agency.read", { scoped: true }),
  page("dossiers/agencies/[id]", (t, s) => `/dossiers/agencies/${own(t, s).agencyId}`, "agency.read", { scoped: true }),
  page("dossiers/agencies/[id]/officials", (t, s) => `/dossiers/agencies/${own(t, s).agencyId}/officials`, "official.read", { scoped: true }),
  page("dossiers/agencies/[id]/procedures", (t, s) => `/dossiers/agencies/${own(t, s).agencyId}/procedures`, "agency.read", { scoped: true }),
  page("dossiers/agencies/[id]/procedures/[procedureId]", (t, s) => `/dossiers/agencies/${own(t, s).agencyId}/procedures/${own(t, s).procedureId}`, "agency.read", { scoped: true }),
  page("dossiers/agencies/[id]/fields/[fieldId]", (t, s) => `/dossiers/agencies/${own(t, s).agencyId}/fields/${own(t, s).fieldId}`, "agency.read", { scoped: true }),
  page("dossiers/compliance", (t, s) => `/dossiers/compliance?agency=${own(t, s).agencyId}`, "agency.read", { scoped: true }),
  { file: "(app)/dossiers/compliance/export/route.ts", url: (t, s) => `/dossiers/compliance/export?agency=${own(t, s).agencyId}`, need: "agency.read", scoped: true },
  // the Excel exports (issue 20): the page's scope, the page's parameters
  { file: "(app)/dossiers/compliance/export/route.ts", url: (t, s) => `/dossiers/compliance/export?format=xlsx&agency=${own(t, s).agencyId}`, need: "agency.read", scoped: true },
  { file: "(app)/dossiers/export/route.ts", url: fixed("/dossiers/export"), need: "agency.read" },
  { file: "(app)/dossiers/agencies/[id]/export/route.ts", url: (t, s) => `/dossiers/agencies/${own(t, s).agencyId}/export`, need: "agency.read", scoped: true },
  { file: "(app)/dossiers/list/export/route.ts", url: (t, s) => `/dossiers/list/export?agency=${own(t, s).agencyId}&period=2024-Q2`, need: "agency.read", scoped: true },
  { file: "(app)/tasks/export/route.ts", url: (t, s) => `/tasks/export?agency=${own(t, s).agencyId}`, need: "scorecard.read" },
  { file: "(app)/scorecard/export/route.ts", url: fixed("/scorecard/export"), need: "scorecard.read" },
  { file: "(app)/staffing/export/route.ts", url: fixed("/staffing/export"), need: "scorecard.read" },
  { file: "(app)/indices/export/route.ts", url: fixed("/indices/export"), need: "scorecard.read" },
  { file: "(app)/assessments/export/route.ts", url: fixed("/assessments/export"), need: "scorecard.read" },
  { file: "(app)/reports/export/route.ts", url: fixed("/reports/export"), need: "agency.read" },
  { file: "(app)/reports/document/route.ts", url: fixed("/reports/document?period=2024-Q2"), need: "agency.read" },
  { file: "(app)/reports/document/route.ts", url: fixed("/reports/document?period=2024-Q2&format=pdf"), need: "agency.read" },
  { file: "(app)/reports/pack/route.ts", url: fixed("/reports/pack?period=2024-Q2"), need: "agency.read" },
  { file: "(app)/scorecard/print/route.ts", url: fixed("/scorecard/print?period=2024-Q2"), need: "scorecard.read" },
  { file: "(app)/reports/approved/export/route.ts", url: fixed("/reports/approved/export"), need: "scorecard.read" },
  { file: "(app)/reports/[period]/[agencyId]/export/route.ts", url: (t, s) => `/reports/${t.periodKey}/${own(t, s).agencyId}/export`, need: "agency.read", scoped: true },
  page("dossiers/flags", fixed("/dossiers/flags"), "inspectionFlag.manage"),
  page("dossiers/heatmap", fixed("/dossiers/heatmap"), "agency.read"),
  page("dossiers/list", (t, s) => `/dossiers/list?agency=${own(t, s).agencyId}`, "agency.read", { scoped: true }),
  page("tasks", (t, s) => `/tasks?agency=${own(t, s).agencyId}`, "scorecard.read"),
  page("staffing", fixed("/staffing"), "scorecard.read"),
  page("staffing/report", fixed("/staffing/report"), "staffingActual.report"),
  page("staffing/targets", fixed("/staffing/targets"), "target.manage"),
  page("staffing/decisions", fixed("/staffing/decisions"), "staffingQuota.manage"),
  page("staffing/decisions/[id]", (t) => `/staffing/decisions/${t.decisionId}`, "staffingQuota.manage"),
  page("indices", fixed("/indices"), "scorecard.read"),
  page("service-index", fixed("/service-index"), "scorecard.read"),
  page("service-index/[id]", (t, s) => `/service-index/${own(t, s).agencyId}`, "agency.read", { scoped: true }),
  page("indices/[code]", (t) => `/indices/${t.indexCode}`, "signedIn"),
  page("indices/[code]/edit", (t) => `/indices/${t.indexCode}/edit`, "indexScore.manage"),
  page("assessments", fixed("/assessments"), "signedIn"),
  page("assessments/entry", fixed("/assessments/entry"), "assessment.manage"),
  page("reports", fixed("/reports"), "agency.read"),
  page("reports/approved", fixed("/reports/approved"), "scorecard.read"),
  page("reports/[period]/[agencyId]", (t, s) => `/reports/${t.periodKey}/${own(t, s).agencyId}`, "agency.read", { scoped: true }),
  page("reports/[period]/[agencyId]/history", (t, s) => `/reports/${t.periodKey}/${own(t, s).agencyId}/history`, "agency.read", { scoped: true }),
  page("admin/api-tokens", fixed("/admin/api-tokens"), "import.run"),
  page("admin/imports", fixed("/admin/imports"), "import.run"),
  page("admin/imports/[id]", (t) => `/admin/imports/${t.importRunId}`, "import.run"),
  page("admin/indicators", fixed("/admin/indicators"), "indicator.manage"),
  page("admin/periods", fixed("/admin/periods"), "period.manage"),
  page("admin/users", fixed("/admin/users"), "user.manage"),
  page("admin/settings", fixed("/admin/settings"), "settings.manage"),
  page("admin/users/new", fixed("/admin/users/new"), "user.manage"),
  // Home Affairs manages agency accounts only: the administrator's own account is another's "other"
  page("admin/users/[id]", (t, s) => `/admin/users/${s === "own" ? t.agencyUserId : t.adminUserId}`, "user.manage", { scoped: true }),
  page("admin/agencies", fixed("/admin/agencies"), "agency.manage"),
  page("admin/agencies/new", fixed("/admin/agencies/new"), "agency.manage"),
  page("admin/agencies/[id]", (t) => `/admin/agencies/${t.own.agencyId}`, "agency.manage"),
  page("admin/reorganisations", fixed("/admin/reorganisations"), "agency.manage"),
  page("admin/reorganisations/new", fixed("/admin/reorganisations/new"), "agency.manage"),
  page("admin/reorganisations/[id]", (t) => `/admin/reorganisations/${t.reorganisationId}`, "agency.manage"),
  page("notifications", fixed("/notifications"), "signedIn"),
  page("notifications/preferences", fixed("/notifications/preferences"), "signedIn"),
  page("admin/jobs", fixed("/admin/jobs"), "settings.manage"),
  // the e-mail's link: no session needed, the signed token is the key (a bad one is told so)
  { file: "(auth)/unsubscribe/page.tsx", url: fixed("/unsubscribe?token=bad"), need: "public" },
  { file: "api/unsubscribe/route.ts", method: "POST", url: fixed("/api/unsubscribe"), need: "public", allowed: 303 },
  // RFC 8058 one-click: without the One-Click body nothing happens (400), whoever asks
  { file: "api/unsubscribe/one-click/route.ts", method: "POST", url: fixed("/api/unsubscribe/one-click?token=bad"), need: "public", allowed: 400 },
  { file: "(auth)/change-password/page.tsx", url: fixed("/change-password"), need: "signedIn" },
  // the public page: /cong-khai and /cong-khai/<period> both reach the one cached route (proxy.ts)
  { file: "cong-khai/[ky]/page.tsx", url: fixed("/cong-khai/2026-Q4"), need: "public" },
  { file: "cong-khai/en/[ky]/page.tsx", url: fixed("/cong-khai/en/2026-Q4"), need: "public" },
  { file: "(auth)/sign-in/page.tsx", url: fixed("/sign-in"), need: "public", allowed: (who) => (who === "ANONYMOUS" ? 200 : 307) },
  { file: "api/auth/[...nextauth]/route.ts", url: fixed("/api/auth/session"), need: "public" },
  { file: "api/imports/route.ts", method: "POST", url: fixed("/api/imports"), need: "import.run", allowed: 400, refused: 403 },
  { file: "api/imports/[id]/confirm/route.ts", method: "POST", url: () => "/api/imports/2147483647/confirm", need: "import.run", allowed: 409, refused: 403 },
  { file: "api/imports/[id]/file/route.ts", url: (t) => `/api/imports/${t.importRunId}/file?which=errors`, need: "import.run", allowed: 404, refused: 403 },
  // an empty body is no draft: 400 for who may preview
  { file: "api/reorganisations/preview/route.ts", method: "POST", url: fixed("/api/reorganisations/preview"), need: "agency.manage", allowed: 400, refused: 403 },
  { file: "api/imports/template/route.ts", url: fixed("/api/imports/template?kind=TASK&format=csv"), need: "import.run", refused: 403 },
  // a session cookie is no API token
  { file: "api/v1/dossiers/route.ts", url: fixed("/api/v1/dossiers"), need: "public", allowed: 401 },
  { file: "api/v1/tasks/route.ts", url: fixed("/api/v1/tasks"), need: "public", allowed: 401 },
  { file: "api/v1/openapi.json/route.ts", url: fixed("/api/v1/openapi.json"), need: "public" },
];

function appFiles(dir = "app", prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) return appFiles(full, relative);
    return /^(page|route)\.tsx?$/.test(name) ? [relative] : [];
  });
}

function expectation(route: Route, who: Who, scope: Scope): { status: number; allowed: boolean } {
  const api = route.file.startsWith("api/");
  const allowedStatus = typeof route.allowed === "function" ? route.allowed(who) : (route.allowed ?? 200);
  if (route.need === "public") return { status: allowedStatus, allowed: true };
  // the proxy sends anonymous visitors of every path outside /api to the sign-in page, route handlers included
  if (who === "ANONYMOUS") return { status: api ? 401 : 307, allowed: false };
  const grant = route.need === "signedIn" ? "all" : grantFor(who, route.need);
  const allowed = grant !== undefined && (!route.scoped || grant === "all" || scope === "own") && !(route.file.includes("users/[id]") && who === "HOME_AFFAIRS" && scope === "other");
  if (allowed) return { status: allowedStatus, allowed };
  return { status: route.refused ?? 404, allowed };
}

let clients: Record<RoleName, Client>;
let visitor: Client;
let targets: Targets;

test.beforeAll(async () => {
  clients = await signInEveryRole();
  visitor = await anonymous();
  targets = await loadTargets();
});

test.afterAll(async () => {
  await Promise.all([...Object.values(clients ?? {}), visitor].filter(Boolean).map((client) => client.ctx.dispose()));
});

test("the matrix names every page and route handler of the app", () => {
  // Route groups ("(app)/", "(overview)/") are not part of a URL: a page moved into one is the same route.
  const withoutGroups = (file: string) => file.replace(/\([^)/]+\)\//g, "");
  const covered = new Set(ROUTES.map((route) => withoutGroups(route.file)));
  expect(appFiles().filter((file) => !covered.has(withoutGroups(file)))).toEqual([]);
});

test("every role and anonymous visitors get exactly their access on every route, own and other agency's ids, with 0 leaks", async () => {
  test.setTimeout(300_000);
  const cases = ROUTES.flatMap((route) =>
    (["own", "other"] as const)
      .filter((scope) => scope === "own" || route.scoped)
      .flatMap((scope) => (["ANONYMOUS", ...(Object.keys(clients) as RoleName[])] as Who[]).map((who) => ({ route, scope, who }))),
  );
  const problems: string[] = [];
  await inPool(cases, 3, async ({ route, scope, who }) => {
    const client = who === "ANONYMOUS" ? visitor : clients[who];
    const url = route.url(targets, scope);
    // A GET is retried once on ECONNRESET: when a heavy response (a PDF, the quarter pack) holds the
    // event loop, the server's 5 s keep-alive timer may close an idle socket as the client reuses it.
    const response = route.method === "POST" ? await client.ctx.post(url, { maxRedirects: 0 }) : await client.ctx.get(url, { maxRedirects: 0, maxRetries: 1 });
    const status = response.status();
    const body = await response.text();
    const expected = expectation(route, who, scope);
    const where = `${who} ${route.method ?? "GET"} ${url} (${scope})`;
    if (status >= 500) problems.push(`${where}: ${status}`);
    // /api/v1 limits failed authentications per client address (lib/api/handler.ts): after ten
    // the matrix's token-less requests are refused unread with 429 and Retry-After, not 401
    else if (status === 200 && errorBoundary(body)) problems.push(`${where}: 200 with an error boundary (${errorBoundary(body)})`);
    else if (status === 429 && expected.status === 401 && route.file.startsWith("api/v1/")) {
      if (!response.headers()["retry-after"]) problems.push(`${where}: 429 without Retry-After`);
    } else if (status !== expected.status) problems.push(`${where}: ${status}, expected ${expected.status}`);
    if (who === "ANONYMOUS" && status === 307) {
      const location = response.headers()["location"] ?? "";
      if (!location.includes("/sign-in")) problems.push(`${where}: redirected to ${location}`);
    }
    if (who === "AGENCY") {
      const leaked = targets.other.markers.filter((marker) => body.includes(marker));
      if (leaked.length > 0) problems.push(`${where}: shows another agency's rows: ${leaked.slice(0, 3).join(", ")}`);
      if (!expected.allowed && body.includes(targets.other.agencyName)) problems.push(`${where}: names ${targets.other.agencyName}`);
    }
  });
  console.log(`route matrix: ${cases.length} requests, ${problems.length} problems`);
  expect(problems).toEqual([]);
});

/** Who opens a page for axe: the roles whose pages hold the most (the province's rows, every control) first. */
const AXE_ORDER: Who[] = ["HOME_AFFAIRS", "LEADER", "INSPECTOR", "ADMIN", "AGENCY", "ANONYMOUS"];

test("every page, and each role's own menu, has 0 serious or critical axe-core violations and hydrates without an error", async ({ browser }) => {
  test.setTimeout(900_000);
  const started = Date.now();
  const pages = ROUTES.filter((route) => route.file.endsWith("page.tsx"));
  const everyone = ["ANONYMOUS", ...(Object.keys(clients) as RoleName[])] as Who[];
  const opens = (route: Route, who: Who) => {
    const expected = expectation(route, who, "own");
    return expected.allowed && expected.status === 200;
  };
  // Each page once, by the first role of AXE_ORDER that may open it, and each role's first page
  // (its own menu and header): every role for every page took 179 visits and 488 s in CI, and a
  // page's markup is one component tree whoever reads it — the roles differ in rows, not in markup.
  const byPage = pages.flatMap((route) => {
    const who = AXE_ORDER.find((role) => everyone.includes(role) && opens(route, role));
    return who ? [{ route, who }] : [];
  });
  const landings = everyone.flatMap((who) => {
    const route = pages.find((candidate) => opens(candidate, who));
    return route && !byPage.some((visit) => visit.route === route && visit.who === who) ? [{ route, who }] : [];
  });
  const cases = [...byPage, ...landings];
  // a browser context per role with the matrix client's session cookies
  const contexts = Object.fromEntries(
    await Promise.all(
      everyone.map(async (who) => {
        const client = who === "ANONYMOUS" ? visitor : clients[who];
        const storageState = await client.ctx.storageState();
        return [who, await browser.newContext({ baseURL: BASE_URL, storageState, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" })] as const;
      }),
    ),
  );
  const problems: string[] = [];
  const timings: { url: string; who: Who; loadMs: number; axeMs: number }[] = [];
  try {
    await inPool(cases, 2, async ({ route, who }) => {
      const url = route.url(targets, "own");
      const page = await contexts[who]!.newPage();
      // a hydration mismatch (React #418) makes React throw the server's HTML away and render the
      // tree again in the browser: what a user typed before then is lost (a <div> inside a <p>
      // on the report page did this to the review's comment)
      const uncaught: string[] = [];
      page.on("pageerror", (error) => uncaught.push(`uncaught error: ${error.message.slice(0, 160)}`));
      try {
        const opened = Date.now();
        const response = await page.goto(url, { waitUntil: "load" });
        const loaded = Date.now();
        const found = response?.status() === 200 ? await seriousViolations(page) : [`status ${response?.status()}`];
        found.push(...uncaught);
        timings.push({ url, who, loadMs: loaded - opened, axeMs: Date.now() - loaded });
        // printed as found: a run cut short by its timeout still names what it saw
        for (const violation of found) console.log(`axe: ${who} ${url}: ${violation}`);
        problems.push(...found.map((violation) => `${who} ${url}: ${violation}`));
      } finally {
        await page.close();
      }
    });
  } finally {
    await Promise.all(Object.values(contexts).map((context) => context.close()));
  }
  console.log(`axe: ${cases.length} pages × roles in ${((Date.now() - started) / 1000).toFixed(1)} s, ${problems.length} violations`);
  // where the time goes, for the next one who makes this pass faster
  const slowest = timings.sort((a, b) => b.loadMs + b.axeMs - (a.loadMs + a.axeMs)).slice(0, 8);
  for (const t of slowest) console.log(`axe: slowest ${t.who} ${t.url}: load ${t.loadMs} ms, axe ${t.axeMs} ms`);
  const sum = (key: "loadMs" | "axeMs") => timings.reduce((total, t) => total + t[key], 0) / 1000;
  console.log(`axe: load ${sum("loadMs").toFixed(1)} s, axe ${sum("axeMs").toFixed(1)} s in all`);
  expect(problems).toEqual([]);
});
