// The server-action wrapper's decisions, with fakes for the session, the database and Next: who is
// refused and how it is audited, which event a write records, and that a refusal is a code whose
// words come from the catalogue (never a raw database message).
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  actionPreset, createAction, formDataToObject, OWN_ACCOUNT, resultId, type ActionContext, type ActionDeps, type ActionUser,
} from "@/lib/auth/create-action";
import type { AuditRecord } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { t } from "@/tests/support/vi";
import type { Locale } from "@/lib/i18n/locale";
import { translate } from "@/lib/i18n/locales";
import { msg } from "@/lib/validations/messages";

const OWN = 7;
const OTHER = 8;
const agencyUser: ActionUser = { userId: 3, role: "AGENCY", agencyId: OWN, mustChangePassword: false };
const leader: ActionUser = { userId: 1, role: "LEADER", agencyId: null, mustChangePassword: false };

type FakeTx = { id: number };

/** A fake database whose transactions keep their audit rows only when the work succeeds. */
function fakes(user: ActionUser | null, locale: Locale = "vi") {
  const committed: { tx: FakeTx; entry: AuditRecord }[] = [];
  let pending: { tx: FakeTx; entry: AuditRecord }[] = [];
  let nextTx = 0;
  const deps: ActionDeps = {
    getUser: async () => user,
    transaction: async (work) => {
      const tx: FakeTx = { id: (nextTx += 1) };
      pending = [];
      const value = await work(tx as unknown as Prisma.TransactionClient);
      committed.push(...pending);
      return value;
    },
    appendAudit: async (tx, entry) => {
      pending.push({ tx: tx as unknown as FakeTx, entry });
    },
    getIp: async () => "10.1.2.3",
    getLocale: async () => locale,
    logError: vi.fn(),
    revalidatePath: vi.fn(),
    redirect: vi.fn((path: string): never => {
      throw new Error(`redirect ${path}`);
    }),
  };
  return { deps, committed, action: createAction(deps) };
}

const schema = z.object({
  agencyId: z.coerce.number().int(),
  title: z.string().trim().min(3, { error: "Tiêu đề quá ngắn" }),
});

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

type Input = z.infer<typeof schema>;
type Handler = (input: Input, ctx: ActionContext) => Promise<unknown>;

function reportAction(
  env: ReturnType<typeof fakes>,
  handler = vi.fn<Handler>(async (input) => ({ id: input.agencyId * 10 })),
) {
  const run = env.action(
    {
      permission: "report.edit",
      schema,
      resourceAgencyId: (input) => input.agencyId,
      audit: {
        event: (_input: unknown, result: unknown) => (result === "submitted" ? "REPORT_SUBMITTED" : "REPORT_SAVED"),
        entityId: (_input, result) => (typeof result === "object" && result && "id" in result ? String(result.id) : null),
        details: () => ({ version: 1, status: "DRAFT", changed: [] }),
      },
      revalidate: (input) => [`/reports/${input.agencyId}`],
    },
    handler,
  );
  return { run, handler };
}

describe("action wrapper", () => {
  it("tells an anonymous caller that the session has expired, and does nothing", async () => {
    const env = fakes(null);
    const { run, handler } = reportAction(env);
    const result = await run(undefined, form({ agencyId: String(OWN), title: "Báo cáo quý" }));
    expect(result).toEqual({ ok: false, code: "SESSION_EXPIRED", fieldErrors: {}, message: t("action.sessionExpired") });
    expect(handler).not.toHaveBeenCalled();
    expect(env.committed).toEqual([]);
  });

  it("refuses another agency's resource and audits the attempt", async () => {
    const env = fakes(agencyUser);
    const { run, handler } = reportAction(env);
    const result = await run(undefined, form({ agencyId: String(OTHER), title: "Báo cáo quý" }));
    expect(result).toEqual({ ok: false, code: "FORBIDDEN", fieldErrors: {}, message: t("action.forbidden") });
    expect(handler).not.toHaveBeenCalled();
    expect(env.committed.map(({ entry }) => entry)).toEqual([
      {
        event: "ACTION_FORBIDDEN", actorId: agencyUser.userId, entityId: "report.edit", agencyId: OTHER, ip: "10.1.2.3",
        details: { role: "AGENCY" },
      },
    ]);
  });

  it("refuses a role without the permission before reading the input", async () => {
    const env = fakes(leader);
    const { run, handler } = reportAction(env);
    const result = await run(undefined, form({ title: "x" }));
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", message: t("action.forbidden"), fieldErrors: {} });
    expect(handler).not.toHaveBeenCalled();
    expect(env.committed[0]?.entry).toMatchObject({ event: "ACTION_FORBIDDEN", actorId: leader.userId, agencyId: null, details: { role: "LEADER" } });
  });

  it("names the event a refused action would have written, when the action states one", async () => {
    const env = fakes(leader);
    const run = env.action(
      { permission: "indexScore.manage", schema, audit: { event: "INDEX_OWNER_REMOVED" } },
      async () => "removed",
    );
    await run(undefined, form({ agencyId: String(OWN), title: "Báo cáo" }));
    expect(env.committed[0]?.entry).toMatchObject({ event: "ACTION_FORBIDDEN", entityId: "indexScore.manage", details: { role: "LEADER", attempted: "INDEX_OWNER_REMOVED" } });
  });

  it("returns the schema's field errors for invalid input and never calls the handler", async () => {
    const env = fakes(agencyUser);
    const { run, handler } = reportAction(env);
    const result = await run(undefined, form({ agencyId: String(OWN), title: " a " }));
    expect(result).toEqual({ ok: false, code: "INVALID_INPUT", message: t("action.invalid"), fieldErrors: { title: ["Tiêu đề quá ngắn"] } });
    expect(handler).not.toHaveBeenCalled();
    expect(env.committed).toEqual([]);
  });

  it("runs the handler and the audit row in the same transaction, then revalidates", async () => {
    const env = fakes(agencyUser);
    const seen: FakeTx[] = [];
    const { run, handler } = reportAction(
      env,
      vi.fn<Handler>(async (input, ctx) => {
        seen.push(ctx.tx as unknown as FakeTx);
        return { id: input.agencyId * 10 };
      }),
    );
    const result = await run(undefined, form({ agencyId: String(OWN), title: "  Báo cáo quý I  " }));
    expect(result).toEqual({ ok: true, data: { id: 70 } });
    expect(handler).toHaveBeenCalledWith(
      { agencyId: OWN, title: "Báo cáo quý I" },
      expect.objectContaining({ viewer: { userId: 3, role: "AGENCY", agencyId: OWN }, ip: "10.1.2.3" }),
    );
    expect(env.committed).toHaveLength(1);
    expect(env.committed[0]?.tx).toBe(seen[0]);
    expect(env.committed[0]?.entry).toEqual({
      event: "REPORT_SAVED", actorId: 3, entityId: "70", agencyId: OWN, ip: "10.1.2.3", details: { version: 1, status: "DRAFT", changed: [] },
    });
    expect(env.deps.revalidatePath).toHaveBeenCalledWith(`/reports/${OWN}`);
  });

  it("records the event the result calls for: a submit is REPORT_SUBMITTED", async () => {
    const env = fakes(agencyUser);
    const { run } = reportAction(env, vi.fn<Handler>(async () => "submitted"));
    expect(await run(undefined, form({ agencyId: String(OWN), title: "Báo cáo quý" }))).toEqual({ ok: true, data: "submitted" });
    expect(env.committed.map(({ entry }) => entry.event)).toEqual(["REPORT_SUBMITTED"]);
  });

  it("turns an AppError into its message and field messages, and keeps no audit row", async () => {
    const env = fakes(agencyUser);
    const { run } = reportAction(
      env,
      vi.fn<Handler>(async () => {
        throw new AppError("REPORT_LOCKED", {}, { field: "title", fields: { agencyId: [{ code: "STAFFING_NO_QUOTA", args: { year: 2025 } }] } });
      }),
    );
    const result = await run(undefined, form({ agencyId: String(OWN), title: "Báo cáo" }));
    expect(result).toEqual({
      ok: false,
      code: "REPORT_LOCKED",
      message: t("reports.error.locked"),
      fieldErrors: { title: [t("reports.error.locked")], agencyId: [t("staffing.error.noQuota", { year: 2025 })] },
    });
    expect(env.committed).toEqual([]);
  });

  it("maps constraint violations to Vietnamese and logs unknown errors with context", async () => {
    const unique = fakes(agencyUser);
    const uniqueError = Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
    const duplicate = await reportAction(unique, vi.fn<Handler>(async () => Promise.reject(uniqueError))).run(
      undefined, form({ agencyId: String(OWN), title: "Báo cáo" }),
    );
    expect(duplicate).toEqual({ ok: false, code: "UNIQUE_VIOLATION", fieldErrors: {}, message: t("action.unique") });

    const check = fakes(agencyUser);
    const checkError = { name: "DriverAdapterError", cause: { kind: "postgres", originalCode: "23514" } };
    const negative = await reportAction(check, vi.fn<Handler>(async () => Promise.reject(checkError))).run(
      undefined, form({ agencyId: String(OWN), title: "Báo cáo" }),
    );
    expect(negative).toMatchObject({ ok: false, code: "CHECK_VIOLATION", message: t("action.check") });

    const broken = fakes(agencyUser);
    const raw = new Error('relation "report" does not exist');
    const failure = await reportAction(broken, vi.fn<Handler>(async () => Promise.reject(raw))).run(
      undefined, form({ agencyId: String(OWN), title: "Báo cáo" }),
    );
    // the database's words stay in the log; the user reads the catalogue's
    expect(failure).toEqual({ ok: false, code: "INTERNAL_ERROR", fieldErrors: {}, message: t("action.failed") });
    expect(JSON.stringify(failure)).not.toContain("relation");
    expect(broken.deps.logError).toHaveBeenCalledWith(
      "server action report.edit failed",
      expect.objectContaining({ userId: 3, permission: "report.edit", error: raw }),
    );
  });

  it("runs a transaction that lost a deadlock again, audited once", async () => {
    const env = fakes(agencyUser);
    let calls = 0;
    const { run } = reportAction(env, vi.fn<Handler>(async (input) => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error("deadlock detected"), { code: "40P01" });
      return { id: input.agencyId * 10 };
    }));
    expect(await run(undefined, form({ agencyId: String(OWN), title: "Báo cáo" }))).toEqual({ ok: true, data: { id: OWN * 10 } });
    expect(calls).toBe(2);
    expect(env.committed.map((c) => c.entry.event)).toEqual(["REPORT_SAVED"]);
  });

  it("asks the user to try again, form kept, when no connection could be had in time or the database is gone", async () => {
    const busy = fakes(agencyUser);
    const timeout = Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" });
    const waited = await reportAction(busy, vi.fn<Handler>(async () => Promise.reject(timeout))).run(undefined, form({ agencyId: String(OWN), title: "Báo cáo" }));
    expect(waited).toEqual({ ok: false, code: "BUSY", fieldErrors: {}, message: t("action.busy") });
    expect(busy.committed).toEqual([]);

    const gone = fakes(agencyUser);
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const down = await reportAction(gone, vi.fn<Handler>(async () => Promise.reject(refused))).run(undefined, form({ agencyId: String(OWN), title: "Báo cáo" }));
    expect(down).toEqual({ ok: false, code: "UNAVAILABLE", fieldErrors: {}, message: t("action.unavailable") });
  });

  it("holds back a user who must change their password, except for their own account", async () => {
    const env = fakes({ ...agencyUser, mustChangePassword: true });
    const { run, handler } = reportAction(env);
    expect(await run(undefined, form({ agencyId: String(OWN), title: "Báo cáo" }))).toMatchObject({
      ok: false, code: "MUST_CHANGE_PASSWORD", message: t("action.mustChangePassword"),
    });
    expect(handler).not.toHaveBeenCalled();

    const own = env.action(
      { permission: OWN_ACCOUNT, schema: z.object({ name: z.string() }), audit: { event: "PASSWORD_CHANGED" } },
      async (_input, { viewer }) => viewer.userId,
    );
    expect(await own(undefined, form({ name: "Hà" }))).toEqual({ ok: true, data: 3 });
  });

  it("refuses NUL and other control characters in any posted field before the schema, with a field error", async () => {
    const env = fakes(agencyUser);
    const { run, handler } = reportAction(env);
    const result = await run(undefined, form({ agencyId: String(OWN), title: "Báo\u0000cáo", note: "bình thường" }));
    expect(result).toEqual({ ok: false, code: "INVALID_INPUT", message: t("action.invalid"), fieldErrors: { title: [t("input.error.control")] } });
    const bidi = await run(undefined, form({ agencyId: String(OWN), title: "Báo cáo \u202Eexe.txt" }));
    expect(bidi).toMatchObject({ ok: false, fieldErrors: { title: [t("input.error.bidi")] } });
    expect(handler).not.toHaveBeenCalled();
    expect(env.committed).toEqual([]);
  });

  it("words the refusal and the field errors in the viewer's language (English when chosen), the code the same", async () => {
    const keyed = z.object({ agencyId: z.coerce.number().int(), title: z.string().trim().min(3, { error: msg("users.error.fullNameRequired") }) });
    for (const locale of ["vi", "en"] as const) {
      const env = fakes(agencyUser, locale);
      const run = env.action({ permission: "report.edit", schema: keyed, resourceAgencyId: (input) => input.agencyId, audit: { event: "REPORT_SAVED", details: () => ({ version: 1, status: "DRAFT", changed: [] }) } }, async () => "saved");
      expect(await run(undefined, form({ agencyId: String(OWN), title: " a " }))).toEqual({
        ok: false, code: "INVALID_INPUT", message: translate(locale, "action.invalid"), fieldErrors: { title: [translate(locale, "users.error.fullNameRequired")] },
      });
      expect(await run(undefined, form({ agencyId: String(OWN), title: "Báo\u0000cáo" }))).toMatchObject({ fieldErrors: { title: [translate(locale, "input.error.control")] } });
      expect(await run(undefined, form({ agencyId: String(OTHER), title: "Báo cáo quý" }))).toMatchObject({ code: "FORBIDDEN", message: translate(locale, "action.forbidden") });
    }
    expect(translate("en", "action.forbidden")).toBe("You are not allowed to do this.");
  });

  it("refuses a forged call whose second argument is not a form, without throwing", async () => {
    const env = fakes(agencyUser);
    const { run, handler } = reportAction(env);
    const forged = run as unknown as (prev: unknown, formData: unknown) => Promise<unknown>;
    expect(await forged(form({ agencyId: String(OWN), title: "Báo cáo" }), undefined)).toEqual({
      ok: false, code: "INVALID_INPUT", fieldErrors: {}, message: t("action.invalid"),
    });
    expect(await forged(undefined, { agencyId: OWN, title: "Báo cáo" })).toMatchObject({ ok: false, message: t("action.invalid") });
    expect(handler).not.toHaveBeenCalled();
  });

  it("redirects only after the transaction has committed", async () => {
    const env = fakes(agencyUser);
    const run = env.action(
      {
        permission: "report.edit",
        schema,
        audit: { event: "REPORT_SAVED", details: () => ({ version: 1, status: "DRAFT", changed: [] }) },
        redirectTo: () => "/reports",
      },
      async () => "saved",
    );
    await expect(run(undefined, form({ agencyId: String(OWN), title: "Báo cáo" }))).rejects.toThrow("redirect /reports");
    expect(env.committed).toHaveLength(1);
  });
});

describe("action preset", () => {
  const saved = { details: () => ({ version: 1, status: "DRAFT" as const, changed: [] }) };

  it("is the wrapper with its permission, scope check and paths said once; the write gets (tx, viewer, input, locale)", async () => {
    const env = fakes(agencyUser);
    const edit = actionPreset(env.action, "report.edit", { revalidate: ["/reports"] });
    const write = vi.fn(async (_tx: Prisma.TransactionClient, viewer: { userId: number }, input: Input) => ({ id: input.agencyId * 10 + viewer.userId }));
    const run = edit(schema, write, { resourceAgencyId: (input) => input.agencyId, audit: { event: "REPORT_SAVED", entityId: resultId, ...saved } });
    expect(await run(undefined, form({ agencyId: String(OWN), title: "Báo cáo" }))).toEqual({ ok: true, data: { id: 73 } });
    expect(write).toHaveBeenCalledWith({ id: 1 }, { userId: 3, role: "AGENCY", agencyId: OWN }, { agencyId: OWN, title: "Báo cáo" }, "vi");
    expect(env.committed.map(({ entry }) => [entry.event, entry.entityId, entry.agencyId])).toEqual([["REPORT_SAVED", "73", OWN]]);
    expect(env.deps.revalidatePath).toHaveBeenCalledWith("/reports");
    // another agency's id is refused and audited as by action(…); nothing is written
    expect(await run(undefined, form({ agencyId: String(OTHER), title: "Báo cáo" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(write).toHaveBeenCalledTimes(1);
    expect(env.committed.map(({ entry }) => entry.event)).toEqual(["REPORT_SAVED", "ACTION_FORBIDDEN"]);
  });

  it("lets an action's own paths replace the preset's, and refuses a role without the permission", async () => {
    const reviewAs = (env: ReturnType<typeof fakes>) =>
      actionPreset(env.action, "report.review", { revalidate: ["/reports"] })(schema, async () => ({ id: 5 }), {
        audit: { event: "REPORT_SAVED", ...saved },
        revalidate: (_input, result) => [`/reports/${result.id}`],
      });
    const agency = fakes(agencyUser);
    expect(await reviewAs(agency)(undefined, form({ agencyId: String(OWN), title: "Báo cáo" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(agency.committed.map(({ entry }) => entry.event)).toEqual(["ACTION_FORBIDDEN"]);
    const homeAffairs = fakes({ userId: 2, role: "HOME_AFFAIRS", agencyId: null, mustChangePassword: false });
    expect(await reviewAs(homeAffairs)(undefined, form({ agencyId: String(OWN), title: "Báo cáo" }))).toEqual({ ok: true, data: { id: 5 } });
    expect(homeAffairs.deps.revalidatePath).toHaveBeenCalledTimes(1);
    expect(homeAffairs.deps.revalidatePath).toHaveBeenCalledWith("/reports/5");
  });
});

describe("form data", () => {
  it("keeps single values as they are, repeated names as arrays, and drops React's fields", () => {
    const data = form({ title: "A", $ACTION_ID_abc: "" });
    data.append("tag", "x");
    data.append("tag", "y");
    expect(formDataToObject(data)).toEqual({ title: "A", tag: ["x", "y"] });
  });
});
