import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

const alias = {
  "@": root,
  // server-only throws outside React Server Components; tests import the data layer directly.
  "server-only": path.resolve(root, "tests/support/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        // seconds of CPU each (the demo generator at scale 1, the lint configuration): beside the
        // integration tests, which run one file at a time, and not in the quick unit suite
        resolve: { alias },
        test: { name: "slow", include: ["tests/slow/**/*.test.ts"], environment: "node", testTimeout: 120_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // fails, never skips, without a database; migrates one template database per run
          globalSetup: ["tests/integration/support/global-setup.ts"],
          // one database: files run one after another
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // issue 18: the production server killed, PostgreSQL restarted; run by `npm test` on a real
          // PostgreSQL after the build (scripts/test.ts), never on the embedded one
          name: "faults",
          include: ["tests/faults/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
