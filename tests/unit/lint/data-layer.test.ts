// The lint rules that keep the database behind lib/data: cchc/data-layer-scope (every exported
// data-layer function shows its scope) on its own, and the project's configuration as `npm run
// lint` applies it — which files may import the Prisma client, lib/db or pg, and which may not.
import path from "node:path";
import { ESLint, RuleTester } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
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

describe("the lint configuration", () => {
  const root = path.resolve(__dirname, "../../..");
  const eslint = new ESLint({ cwd: root });
  const problems = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return (result?.messages ?? []).map((message) => message.ruleId);
  };

  it("refuses the database outside lib/data, at run time only", { timeout: 60_000 }, async () => {
    const direct = ['import { getDb } from "@/lib/db";', 'import pg from "pg";', 'import { Prisma } from "@/lib/generated/prisma/client";', 'import { getPgPool } from "../../lib/db/pg-pool";', "export const x = [getDb, pg, Prisma, getPgPool];"].join("\n");
    expect(await problems("app/(app)/example/page.tsx", direct)).toEqual(Array(4).fill("@typescript-eslint/no-restricted-imports"));
    expect(await problems("lib/auth/example.ts", direct)).toHaveLength(4);
    const typesOnly = 'import type { Prisma } from "@/lib/generated/prisma/client";\nimport type pg from "pg";\nexport type T = [Prisma.TransactionClient, pg.Pool];\n';
    expect(await problems("components/example.tsx", typesOnly)).toEqual([]);
    expect(await problems("lib/data/example.ts", direct)).toEqual([]);
    expect(await problems("scripts/example.ts", direct)).toEqual([]);
  });

  it("checks the scope of lib/data's functions, except province-wide data", async () => {
    const unscoped = "export async function listThings(year: number) { return year; }\n";
    expect(await problems("lib/data/things.ts", unscoped)).toEqual(["cchc/data-layer-scope"]);
    expect(await problems("lib/data/reports/things.ts", unscoped)).toEqual(["cchc/data-layer-scope"]);
    expect(await problems("lib/data/province/things.ts", unscoped)).toEqual([]);
  });
});
