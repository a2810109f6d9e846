// Every server action goes through lib/auth/action.ts (STYLE §3). A "use server" file exports
// only `export const x = action(…)`; an exported function of its own would be a public endpoint
// that skips the session, scope, validation and audit checks.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasUseServerDirective, serverActionViolations } from "@/tests/support/server-action-check";

const root = path.resolve(__dirname, "../../..");
const SKIP = new Set(["node_modules", "generated", ".next"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) ? [full] : [];
  });
}

describe("server actions use the wrapper", () => {
  it("holds for every file under app/ and lib/", () => {
    const problems = ["app", "lib"].flatMap((dir) =>
      sourceFiles(path.join(root, dir)).flatMap((file) =>
        serverActionViolations(readFileSync(file, "utf8")).map((problem) => `${path.relative(root, file)}: ${problem}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it("accepts actions built by action(…) or an actionsFor(…) preset, and exported types, after a header comment", () => {
    const good = [
      "// Reports of an agency.",
      "/* more */",
      '"use server";',
      'import { action, actionsFor } from "@/lib/auth/action";',
      "export type Saved = { id: number };",
      "export const saveReport = action({ permission: \"report.edit\" }, async () => 1);",
      "export const submitReport =",
      "  action({ permission: \"report.edit\" }, async () => 2);",
      "const manage = actionsFor(\"user.manage\", { revalidate: [\"/admin/users\"] });",
      "export const createUser = manage(createUserSchema, users.createUser, { audit: { event: \"USER_CREATED\" } });",
    ].join("\n");
    expect(hasUseServerDirective(good)).toBe(true);
    expect(serverActionViolations(good)).toEqual([]);
  });

  it("rejects an exported function, a wrapped-by-something-else constant and a re-export", () => {
    const bad = [
      "'use server'",
      "export async function deleteAgency(id: number) {}",
      "export const approve = async () => {};",
      "const manage = somethingElse();",
      "export const remove = manage(schema, write, {});",
      "export default async function reset() {}",
      "export { other } from './other';",
    ].join("\n");
    expect(serverActionViolations(bad)).toEqual([
      "export async function deleteAgency(id: number) {}",
      "export const approve is not created by action(…)",
      "export const remove is not created by action(…)",
      "export default async function reset() {}",
      "export { other } from './other';",
    ]);
  });

  it("rejects an inline server action in a component, and ignores files without the directive", () => {
    const inline = ["export default function Page() {", "  async function go() {", '    "use server";', "  }", "}"].join("\n");
    expect(serverActionViolations(inline)).toEqual(['inline "use server" function']);
    expect(serverActionViolations("export async function helper() {}")).toEqual([]);
  });
});
