// The lint configuration as `npm run lint` applies it (loading it takes seconds, hence tests/slow):
// which files may import the Prisma client, lib/db or pg at run time and which may not, and where
// cchc/data-layer-scope applies.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

describe("the lint configuration", () => {
  const root = path.resolve(__dirname, "../..");
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
