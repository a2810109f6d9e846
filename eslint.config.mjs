import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import dataLayerScope from "./eslint/data-layer-scope.mjs";

// The database is reached through lib/data only (STYLE §1–2): no other module imports the Prisma
// client, lib/db or a PostgreSQL driver at run time. Type-only imports are fine (a transaction's
// type in the action wrapper, a client's type in a helper's signature). lib/db/retry.ts holds no
// client (the policy of retrying a whole transaction that lost a race): the action wrapper uses it.
const DATABASE_MESSAGE = "Chỉ lib/data (và lib/db) được dùng CSDL; hãy gọi một hàm của lib/data.";
const databaseImports = [
  "error",
  {
    paths: ["pg", "pg-copy-streams", "@prisma/client", "@prisma/adapter-pg"].map((name) => ({
      name,
      message: DATABASE_MESSAGE,
      allowTypeImports: true,
    })),
    patterns: [
      {
        // lib/db, lib/db/* (but lib/db/retry), the generated Prisma client, by alias or relative path
        regex: "(^|/)lib/(db(/(?!retry$)[^/]+)?|generated/prisma/client)$",
        message: DATABASE_MESSAGE,
        allowTypeImports: true,
      },
      { group: ["@prisma/client/*"], message: DATABASE_MESSAGE, allowTypeImports: true },
    ],
  },
];

// The message catalogue is read through `t` of lib/i18n only (issue 23): a direct read of
// lib/i18n/messages/* pins the text to one language and bypasses the lookup that chooses it.
// Tests may read it, to compare what the UI shows with the catalogue.
const CATALOGUE_MESSAGE = "Đọc thông điệp qua t() của lib/i18n, không đọc thẳng lib/i18n/messages.";
const catalogueImports = ["error", { patterns: [{ regex: "(^|/)lib/i18n/messages(/|$)", message: CATALOGUE_MESSAGE }] }];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "lib/generated/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", ".test-reports/**"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // Only lib/env.ts reads the environment (STYLE §6); scripts and tests go through it too.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Đọc cấu hình qua lib/env.ts." }],
      "@typescript-eslint/no-restricted-imports": databaseImports,
      "no-restricted-imports": catalogueImports,
    },
  },
  {
    // the catalogue's own tooling: next-intl's type augmentation and the script that writes the nested type
    files: ["lib/i18n/**", "tests/**", "types/next-intl.d.ts", "scripts/i18n-types.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["lib/env.ts", "prisma.config.ts", "instrumentation.ts", "scripts/**", "playwright.config.ts", "tests/e2e/**", "tests/faults/**"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Who may reach the database directly, and why:
    //   lib/data, lib/db   the data layer and its plumbing (client, adapter, pools, bulk COPY, rollups)
    //   lib/demo           the demo seed: COPY and trigger switches as the database owner, run by scripts and tests only
    //   scripts, prisma.config.ts   command-line tools: launcher, test runner, bench, rollup check; the Prisma CLI's adapter
    //   tests              integration and end-to-end tests set up and check rows directly
    files: ["lib/data/**", "lib/db.ts", "lib/db/**", "lib/demo/**", "scripts/**", "prisma.config.ts", "tests/**"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  {
    files: ["lib/data/**/*.ts"],
    // lib/data/province/: settings and reference lists the whole province shares (no viewer).
    ignores: ["lib/data/province/**"],
    plugins: { cchc: { rules: { "data-layer-scope": dataLayerScope } } },
    rules: { "cchc/data-layer-scope": "error" },
  },
]);
