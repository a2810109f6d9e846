// Forged server-action replays (issue 17): every server action the app exports, called as each
// role, without a session (the proxy sends it to sign in), with a session that has ended (the
// wrapper's own check), and from another site; and the two actions that act for one agency, with
// another agency's id. The wrapper must refuse before the schema whenever the
// role lacks the action's permission (an ACTION_FORBIDDEN audit row each), and nothing in any
// domain table may change. A control call shows that the same harness does reach a handler.
import { expect, test } from "@playwright/test";
import { grantFor } from "@/lib/auth/permissions";
import { t } from "@/tests/support/vi";
import { withDatabase } from "../support/session";
import { anonymous, signedIn, signInEveryRole, type Client, type RoleName } from "./support/client";
import { callAction, serverActions, type ServerActionInfo } from "./support/actions";
import { createTestUser, domainFingerprint, endSessionsOf, loadTargets, type Targets } from "./support/database";
import { inPool } from "./support/pool";

let clients: Record<RoleName, Client>;
let visitor: Client;
let ended: Client;
let targets: Targets;
let actions: ServerActionInfo[];

const byName = (name: string) => {
  const found = actions.find((action) => action.name === name);
  if (!found) throw new Error(`no server action ${name}`);
  return found;
};
const forbiddenRows = () =>
  withDatabase(async (client) => Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM audit_log WHERE action = 'ACTION_FORBIDDEN'")).rows[0]!.n));

test.beforeAll(async () => {
  clients = await signInEveryRole();
  visitor = await anonymous();
  const account = await createTestUser("kiemthu.phatlai");
  ended = await signedIn(account.username, account.password);
  await endSessionsOf(account.username);
  targets = await loadTargets();
  actions = serverActions();
});
test.afterAll(async () => {
  await Promise.all([...Object.values(clients ?? {}), visitor, ended].filter(Boolean).map((client) => client.ctx.dispose()));
});

test("the harness reaches a handler: Home Affairs creates an API token by a replayed call", async () => {
  const outcome = await callAction(clients.HOME_AFFAIRS, byName("createApiToken"), { name: "Kiểm thử phát lại", scopes: "DOSSIER" });
  expect(outcome.result).toMatchObject({ ok: true });
});

test("every action refuses roles without its permission and sessions that have ended, and changes nothing", async () => {
  test.setTimeout(120_000);
  expect(actions.length).toBeGreaterThanOrEqual(29);
  const before = await domainFingerprint();
  const forbiddenBefore = await forbiddenRows();
  // null: a session that has ended; the proxy still lets its cookie through, the wrapper does not
  const cases = actions.flatMap((action) => [null, ...(Object.keys(clients) as RoleName[])].map((role) => ({ action, role })));
  const problems: string[] = [];
  let refusals = 0;
  await inPool(cases, 3, async ({ action, role }) => {
    const outcome = await callAction(role ? clients[role] : ended, action, {});
    const where = `${role ?? "ENDED SESSION"} ${action.name}`;
    const allowed = role !== null && (action.permission === "ownAccount" || grantFor(role, action.permission) !== undefined);
    const message = outcome.result?.message;
    if (outcome.status >= 500) problems.push(`${where}: ${outcome.status}`);
    else if (role === null && message !== t("action.sessionExpired")) problems.push(`${where}: ${message ?? outcome.status}`);
    else if (role !== null && !allowed && message !== t("action.forbidden")) problems.push(`${where}: ${message ?? outcome.status}, expected forbidden`);
    // allowed roles get past the permission, and the empty form stops at the schema
    else if (allowed && (outcome.result?.ok !== false || message === t("action.forbidden"))) problems.push(`${where}: ${JSON.stringify(outcome.result)}`);
    if (role !== null && !allowed) refusals += 1;
  });
  expect(problems).toEqual([]);
  expect(await forbiddenRows()).toBe(forbiddenBefore + refusals);
  expect(await domainFingerprint()).toEqual(before);
});

test("a visitor without a session is sent to sign in before any action runs", async () => {
  const before = await domainFingerprint();
  await inPool(actions, 3, async (action) => {
    const outcome = await callAction(visitor, action, {});
    expect(outcome.status, action.name).toBe(307);
    expect(outcome.result).toBeNull();
  });
  expect(await domainFingerprint()).toEqual(before);
});

test("agency staff cannot write another agency's report or headcount, even with a well-formed post", async () => {
  const before = await domainFingerprint();
  const report = await callAction(clients.AGENCY, byName("saveReport"), {
    periodId: String(targets.periodId), agencyId: String(targets.other.agencyId), version: "0", intent: "submit",
  });
  expect(report.result).toMatchObject({ ok: false, message: t("action.forbidden") });
  const headcount = await callAction(clients.AGENCY, byName("reportHeadcount"), {
    agencyId: String(targets.other.agencyId), year: "2024", "headcount-CIVIL_SERVANT": "10", totalHeadcount: "10",
  });
  expect(headcount.result).toMatchObject({ ok: false, message: t("action.forbidden") });
  expect(await domainFingerprint()).toEqual(before);
});

test("a replay from another site, or with no Origin, is refused before the action runs", async () => {
  const before = await domainFingerprint();
  const action = byName("createApiToken");
  const tokens = () => withDatabase(async (client) => Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM api_token")).rows[0]!.n));
  const count = await tokens();
  for (const origin of ["http://evil.example", "null", ""]) {
    const outcome = await callAction(clients.HOME_AFFAIRS, action, { name: "Từ trang lạ", scopes: "DOSSIER" }, { origin });
    expect(outcome.status, origin).toBe(403);
    expect(outcome.result).toBeNull();
  }
  expect(await tokens()).toBe(count);
  expect(await domainFingerprint()).toEqual(before);
});

test("NUL in a posted field is refused with a Vietnamese field error, for a role that may act", async () => {
  const outcome = await callAction(clients.INSPECTOR, byName("createInspectionFlag"), { target: "DOSSIER", targetId: String(targets.own.dossierId), note: "ghi chú\u0000" });
  expect(outcome.result).toMatchObject({ ok: false, fieldErrors: { note: [t("input.error.control")] } });
});
