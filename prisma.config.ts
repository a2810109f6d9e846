// Prisma CLI configuration: the JavaScript (WebAssembly) schema engine through the same
// adapter the application uses, so no native engine is ever downloaded (DESIGN §7).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createPgAdapter } from "./lib/db/pg-adapter";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    // Tooling reads the URL directly: lib/env.ts is for the application.
    const url = process.env.DATABASE_URL;
    if (!url || url.includes("placeholder")) {
      throw new Error(
        "DATABASE_URL chưa được đặt. Chạy qua `npm run db:deploy` (tự khởi động PGlite) hoặc đặt DATABASE_URL=postgresql://…",
      );
    }
    return createPgAdapter(url, { max: 4, applicationName: "prisma-cli", allowExitOnIdle: true });
  },
});
