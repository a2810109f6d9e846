// The integration suite needs a database: without one it fails at once with what to do, rather
// than skipping files and reporting a green run that tested nothing. `npm run test:integration`
// starts an in-memory PGlite server for it; `npm test` uses DATABASE_URL or starts one too.
import { getToolEnv } from "@/lib/env";

export function setup(): void {
  if (!getToolEnv().DATABASE_URL) {
    throw new Error(
      "Kiểm thử tích hợp cần một CSDL: chạy `npm run test:integration` (PGlite trong bộ nhớ) hoặc đặt DATABASE_URL=postgresql://… (một PostgreSQL để tạo CSDL kiểm thử).",
    );
  }
}
