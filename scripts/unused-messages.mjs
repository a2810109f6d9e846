// Lists the catalogue's keys that no source file names (issue 23 item 1: unreferenced keys are
// dropped). A key counts as used when a source file outside lib/i18n/messages holds it as a string
// literal ("key", 'key' or `key`), or when a template literal starts with a prefix of it
// (`agency.kind.${kind}` uses every agency.kind.* key). Candidates are checked by hand before
// deleting: a key can be built in another way (concatenation, a map of suffixes).
// Usage: node scripts/unused-messages.mjs [--tests-only]   (--tests-only: keys only tests name)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOTS = ["app", "components", "lib", "scripts", "proxy.ts", "instrumentation.ts", "tests"];
const SKIP = new Set(["node_modules", ".next", "generated", "messages"]);
const MESSAGES = "lib/i18n/messages";

function files(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  if (stat.isFile()) return /\.(ts|tsx|mts|mjs)$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => (SKIP.has(name) ? [] : files(join(path, name))));
}

const keyLine = /^\s*"([\w.-]+)":/gm;
const keys = new Set();
for (const name of readdirSync(MESSAGES).filter((file) => file === "vi.ts" || file.endsWith("-vi.ts"))) {
  for (const match of readFileSync(join(MESSAGES, name), "utf8").matchAll(keyLine)) keys.add(match[1]);
}

function uses(sources) {
  const literals = new Set();
  const prefixes = new Set();
  for (const text of sources) {
    for (const match of text.matchAll(/["'`]([\w.-]+)["'`]/g)) literals.add(match[1]);
    for (const match of text.matchAll(/`([\w.-]+\.)\$\{/g)) prefixes.add(match[1]);
  }
  return (key) => literals.has(key) || [...prefixes].some((prefix) => key.startsWith(prefix));
}

const all = ROOTS.flatMap(files);
const app = all.filter((file) => !file.startsWith("tests/"));
const usedAnywhere = uses(all.map((file) => readFileSync(file, "utf8")));
const usedByApp = uses(app.map((file) => readFileSync(file, "utf8")));
const testsOnly = process.argv.includes("--tests-only");
const listed = [...keys].filter((key) => (testsOnly ? usedAnywhere(key) && !usedByApp(key) : !usedAnywhere(key))).sort();
for (const key of listed) console.log(key);
console.error(`${listed.length} of ${keys.size} keys ${testsOnly ? "named by tests only" : "named nowhere"}`);
