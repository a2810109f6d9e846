// User accounts as the administration pages see them. The administrator manages everyone; Home
// Affairs manages agency accounts only (canManageUser). Reads put that scope into the `where`;
// writes re-check it against the account's current role and against the role it is given.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { can, canManageUser, type Viewer } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { generateTemporaryPassword } from "@/lib/auth/temporary-password";
import { AppError } from "@/lib/errors";
import {
  ROLES,
  type ChangeUserRoleInput,
  type CreateUserInput,
  type UserListQuery,
  type UserRefInput,
} from "@/lib/validations/users";

export const USERS_PER_PAGE = 25;

type Db = Prisma.TransactionClient;

/** The roles whose accounts `viewer` manages; empty when they manage none. */
export function manageableRoles(viewer: Viewer): Role[] {
  return ROLES.filter((role) => canManageUser(viewer, { role }));
}

function scopeWhere(viewer: Viewer): Prisma.UserWhereInput {
  return { role: { in: manageableRoles(viewer) } };
}

const userRowSelect = {
  id: true,
  username: true,
  fullName: true,
  email: true,
  role: true,
  agencyId: true,
  active: true,
  mustChangePassword: true,
  lockedUntil: true,
  lastSignInAt: true,
  createdAt: true,
  agency: { select: { name: true } },
} satisfies Prisma.UserSelect;

export type ManagedUser = Prisma.UserGetPayload<{ select: typeof userRowSelect }>;

export type UserPage = { rows: ManagedUser[]; total: number; page: number; pageCount: number };

/** One page of the accounts `viewer` manages, matching `q` in username, name or e-mail. */
export async function listUsers(viewer: Viewer, query: UserListQuery): Promise<UserPage> {
  if (!can(viewer, "user.manage")) return { rows: [], total: 0, page: 1, pageCount: 1 };
  const q = query.q.trim();
  const where: Prisma.UserWhereInput = {
    AND: [
      scopeWhere(viewer),
      q
        ? {
            OR: [
              { username: { contains: q, mode: "insensitive" } },
              { fullName: { contains: q, mode: "insensitive" } },
              { email: { contains: q, mode: "insensitive" } },
            ],
          }
        : {},
    ],
  };
  const db = getDb();
  const total = await db.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / USERS_PER_PAGE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.user.findMany({
    where,
    select: userRowSelect,
    orderBy: [{ username: "asc" }, { id: "asc" }],
    skip: (page - 1) * USERS_PER_PAGE,
    take: USERS_PER_PAGE,
  });
  return { rows, total, page, pageCount };
}

/** The account if `viewer` may manage it; null when it does not exist or lies outside their scope. */
export async function findManagedUser(viewer: Viewer, id: number): Promise<ManagedUser | null> {
  if (!can(viewer, "user.manage")) return null;
  return getDb().user.findFirst({ where: { AND: [{ id }, scopeWhere(viewer)] }, select: userRowSelect });
}

/** Locks the target's row for the rest of the transaction, and refuses one outside the scope. */
async function lockManagedUser(tx: Db, viewer: Viewer, id: number) {
  await tx.$queryRaw`SELECT id FROM app_user WHERE id = ${id} FOR UPDATE`;
  const target = await tx.user.findUnique({
    where: { id },
    select: { id: true, username: true, role: true, agencyId: true, active: true },
  });
  if (!target || !canManageUser(viewer, target)) throw new AppError("USER_NOT_FOUND");
  return target;
}

function refuseRole(viewer: Viewer, role: Role): void {
  if (!canManageUser(viewer, { role })) {
    throw new AppError("USER_ROLE_NOT_ALLOWED", {}, { field: "role" });
  }
}

async function newPasswordHash(): Promise<{ temporaryPassword: string; passwordHash: string }> {
  const temporaryPassword = generateTemporaryPassword();
  return { temporaryPassword, passwordHash: await hashPassword(temporaryPassword) };
}

/** What a write returns; `temporaryPassword` is shown once and never stored or audited. */
export type CreatedUser = { id: number; username: string; role: Role; agencyId: number | null; temporaryPassword: string };

/** A new account with a one-time password that must be changed at the first sign-in. */
export async function createUser(tx: Db, viewer: Viewer, input: CreateUserInput): Promise<CreatedUser> {
  refuseRole(viewer, input.role);
  const { temporaryPassword, passwordHash } = await newPasswordHash();
  const user = await tx.user.create({
    data: {
      username: input.username,
      fullName: input.fullName,
      email: input.email ?? null,
      role: input.role,
      agencyId: input.agencyId,
      passwordHash,
      mustChangePassword: true,
    },
    select: { id: true, username: true, role: true, agencyId: true },
  });
  return { ...user, temporaryPassword };
}

export type RoleChange = {
  id: number;
  from: { role: Role; agencyId: number | null };
  to: { role: Role; agencyId: number | null };
};

/** A new role and agency; neither the account's current role nor the new one may lie outside the scope. */
export async function changeUserRole(tx: Db, viewer: Viewer, input: ChangeUserRoleInput): Promise<RoleChange> {
  const target = await lockManagedUser(tx, viewer, input.userId);
  // Nobody lowers (or raises) their own rights: the last administrator could lock everyone out.
  if (target.id === viewer.userId) throw new AppError("USER_OWN_ROLE");
  refuseRole(viewer, input.role);
  await tx.user.update({ where: { id: target.id }, data: { role: input.role, agencyId: input.agencyId } });
  return {
    id: target.id,
    from: { role: target.role, agencyId: target.agencyId },
    to: { role: input.role, agencyId: input.agencyId },
  };
}

export type ActiveChange = { id: number; username: string; active: boolean };

/** Deactivates or reactivates an account; the session check refuses a deactivated one at once. */
export async function setUserActive(
  tx: Db,
  viewer: Viewer,
  input: UserRefInput & { active: boolean },
): Promise<ActiveChange> {
  const target = await lockManagedUser(tx, viewer, input.userId);
  if (!input.active && target.id === viewer.userId) throw new AppError("USER_DEACTIVATE_SELF");
  await tx.user.update({ where: { id: target.id }, data: { active: input.active } });
  return { id: target.id, username: target.username, active: input.active };
}

export type PasswordReset = { id: number; username: string; temporaryPassword: string };

/**
 * Replaces the password with a one-time one, to be changed at the next sign-in, and lifts a
 * lock-out. The old password stops working at once.
 */
export async function resetUserPassword(tx: Db, viewer: Viewer, input: UserRefInput): Promise<PasswordReset> {
  const target = await lockManagedUser(tx, viewer, input.userId);
  const { temporaryPassword, passwordHash } = await newPasswordHash();
  await tx.user.update({
    where: { id: target.id },
    data: { passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null },
  });
  return { id: target.id, username: target.username, temporaryPassword };
}
