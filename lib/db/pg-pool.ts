// The plain pg pool lives beside the Prisma client in lib/db.ts, so that connectDatabase() points both
// at the same database.
import "server-only";

export { getPgPool } from "@/lib/db";
