import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import dataLayerScope from "./eslint/data-layer-scope.mjs";

// The database is reached through lib/data only (STYLE §1–2): no other module imports the Prisma
// client, lib/db or a PostgreSQL driver at run time. Type-only imports are fine (a transaction's
// type in the action wrapper, a client's type in a helper's signature).
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
        group: ["@/lib/db", "@/lib/db/*", "**/lib/db", "**/lib/db/*", "@/lib/generated/prisma/client", "**/lib/generated/prisma/client", "@prisma/client/*"],
        message: DATABASE_MESSAGE,
        allowTypeImports: true,
      },
    ],
  },
];

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
    },
  },
  {
    files: ["lib/env.ts", "prisma.config.ts", "scripts/**", "playwright.config.ts", "tests/e2e/**"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Who may reach the database directly, and why:
    //   lib/data, lib/db   the data layer and its plumbing (client, adapter, pools, bulk COPY, rollups)
    //   lib/demo           the demo seed: COPY and trigger switches as the database owner, run by scripts and tests only
    //   scripts, prisma.config.ts   command-line tools: launcher, test runner, bench, rollup check; the Prisma CLI's adapter
    //   tests              integration and end-to-end tests set up and check rows directly
    //   lib/import         TEMPORARY, until issue-18 moves the import's SQL into lib/data/imports
    files: ["lib/data/**", "lib/db.ts", "lib/db/**", "lib/demo/**", "scripts/**", "prisma.config.ts", "tests/**", "lib/import/**"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  {
    files: ["lib/data/**/*.ts"],
    // lib/data/province/: settings and reference lists the whole province shares (no viewer).
    // lib/data/api-records.ts: TEMPORARY, issue-18 rewrites the API's writes and reads (lib/api calls them).
    ignores: ["lib/data/province/**", "lib/data/api-records.ts"],
    plugins: { cchc: { rules: { "data-layer-scope": dataLayerScope } } },
    rules: { "cchc/data-layer-scope": "error" },
  },
]);
