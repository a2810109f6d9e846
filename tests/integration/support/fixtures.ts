// Rows the integration tests start from, and the viewers they act as. Each file makes only what it
// needs, through the same few helpers, so that a change of the schema is fixed in one place.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AgencyKind, AdminLevel, Role } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { expect } from "vitest";

const LEVEL_OF: Record<AgencyKind, AdminLevel> = { DEPARTMENT: "PROVINCE", DISTRICT: "DISTRICT", COMMUNE: "COMMUNE", OTHER: "PROVINCE" };

/** Agencies by code → id; all in force since 2021. */
export async function createAgencies(db: PrismaClient, agencies: readonly (readonly [code: string, name: string, kind?: AgencyKind])[]): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const [code, name, kind = "DEPARTMENT"] of agencies) {
    const row = await db.agency.create({ data: { code, name, kind, level: LEVEL_OF[kind], validFrom: new Date("2021-01-01") } });
    ids[code] = row.id;
  }
  return ids;
}

/** The two departments most files need: Sở Tư pháp (its staff's own) and Sở Y tế (another agency). */
export async function createJusticeAndHealth(db: PrismaClient): Promise<{ justice: number; health: number }> {
  const ids = await createAgencies(db, [["STP", "Sở Tư pháp"], ["SYT", "Sở Y tế"]]);
  return { justice: ids.STP!, health: ids.SYT! };
}

export type UserSpec = { username: string; role: Role; agencyId?: number | null; fullName?: string; email?: string; passwordHash?: string };

/** A bcrypt hash to share between the accounts of a file: hashing costs ~0.2 s a time. */
export const hashOnce = (password: string) => hashPassword(password);

/** An account, and the viewer it signs in as (without a hash, nobody can sign in with it). */
export async function createUser(db: PrismaClient, spec: UserSpec): Promise<Viewer> {
  const passwordHash = spec.passwordHash ?? "not-a-bcrypt-hash";
  const row = await db.user.create({
    data: {
      username: spec.username,
      fullName: spec.fullName ?? spec.username,
      email: spec.email ?? null,
      role: spec.role,
      agencyId: spec.agencyId ?? null,
      passwordHash,
    },
  });
  return { userId: row.id, role: row.role, agencyId: row.agencyId };
}

/** The viewer of an existing account (e.g. a demo user). */
export async function viewerOf(db: PrismaClient, username: string): Promise<Viewer> {
  const row = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true, role: true, agencyId: true } });
  return { userId: row.id, role: row.role, agencyId: row.agencyId };
}

/** A quarterly report's values that pass every rule of the demo catalogue (form field → text as typed). */
export const REPORT_FORM: Readonly<Record<string, string>> = {
  "value:PAR_COMMUNICATION": "3",
  "value:LEGAL_ISSUED": "8",
  "value:LEGAL_SELF_CHECKED": "7",
  "value:PROC_PUBLISHED": "6",
  "value:PROC_NEW": "2",
  "value:PROC_AMENDED": "3",
  "value:PROC_ABOLISHED": "1",
  "value:ONLINE_SERVICES": "40",
  "value:ONLINE_FULL": "25",
  "value:ONLINE_PARTIAL": "15",
  "value:EDOCS_SENT": "300",
  "value:EDOCS_ELECTRONIC": "290",
  "value:EDOCS_SIGNED": "280",
};

/** The AppError `work` refuses with; fails the test when it succeeds or throws anything else. */
export async function refusal(work: () => Promise<unknown>, code?: AppErrorCode): Promise<AppError> {
  const error = await work().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  if (code) expect((error as AppError).code).toBe(code);
  return error as AppError;
}
