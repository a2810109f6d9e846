// The lint rule cchc/data-layer-scope: every exported data-layer function shows its scope. The
// project's configuration that applies it (and the import ban) is checked by tests/slow/lint-config.
import { RuleTester } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { describe, it } from "vitest";
import rule from "@/eslint/data-layer-scope.mjs";

RuleTester.describe = describe;
RuleTester.it = it;

new RuleTester({ languageOptions: { parser: tsParser } }).run("data-layer-scope", rule, {
  valid: [
    "export async function listUsers(viewer: Viewer, query: Q) {}",
    "export async function createUser(tx: Db, viewer: Viewer, input: I) {}",
    "export const getIndices = cache((viewer: Viewer) => read(viewer));",
    "/** Scope: the id comes from the signed session cookie. */\nexport async function unsafeFindSessionUser(userId: number) {}",
    "// Scope: checked by saveReport.\nexport function unsafeLock(tx: Db): Promise<void> { return tx.x(); }",
    "export function toRuleIndicator(indicator: I): R { return indicator; }",
    "export const EMPTY = { value: null };",
    "async function helper(id: number) {}",
  ],
  invalid: [
    { code: "export async function listPeriods(db: Db = getDb()) {}", errors: [{ messageId: "noViewer" }] },
    { code: "export async function saveTarget(tx: Db, input: TargetInput) {}", errors: [{ messageId: "noViewer" }] },
    { code: "export function lockReport(tx: Db, id: number): Promise<void> { return x; }", errors: [{ messageId: "noViewer" }] },
    { code: "export const getAsOf = cache(async () => today());", errors: [{ messageId: "noViewer" }] },
    { code: "export const find = async (id: number) => db.find(id);", errors: [{ messageId: "noViewer" }] },
    { code: "/** Reads a report. */\nexport async function unsafeReadValues(reportId: number) {}", errors: [{ messageId: "unsafeWithoutScope" }] },
  ],
});
