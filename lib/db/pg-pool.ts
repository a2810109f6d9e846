// The plain pg pool lives beside the Prisma clients in lib/db.ts, so that connectDatabase() points
// them all at the same database.
import "server-only";

export { getPgPool } from "@/lib/db";
