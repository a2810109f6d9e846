import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "lib/generated/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", ".test-reports/**"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // Only lib/env.ts reads the environment (STYLE §6); scripts and tests go through it too.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Đọc cấu hình qua lib/env.ts." }],
    },
  },
  {
    files: ["lib/env.ts", "prisma.config.ts", "instrumentation.ts", "scripts/**", "playwright.config.ts", "tests/e2e/**", "tests/faults/**"],
    rules: { "no-restricted-properties": "off" },
  },
]);
