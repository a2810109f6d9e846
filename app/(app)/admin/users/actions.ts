"use server";
// User administration (DESIGN §2): the administrator for every account, Home Affairs for agency
// accounts. The wrapper checks "user.manage"; the data layer checks the account and the role
// given (canManageUser). Audit details name roles and agencies, never a password or its hash.
import { action } from "@/lib/auth/action";
import * as users from "@/lib/data/users";
import {
  changeUserRoleSchema,
  createUserSchema,
  deactivateUserSchema,
  reactivateUserSchema,
  resetPasswordSchema,
} from "@/lib/validations/users";

const LIST_PATH = "/admin/users";
const userPath = (id: number) => `${LIST_PATH}/${id}`;

export type CreatedUser = users.CreatedUser;
export type RoleChange = users.RoleChange;
export type ActiveChange = users.ActiveChange;
export type PasswordReset = users.PasswordReset;

export const createUser = action(
  {
    permission: "user.manage",
    schema: createUserSchema,
    audit: {
      event: "USER_CREATED",
      entityId: (_input, result: CreatedUser) => String(result.id),
      details: (_input, result: CreatedUser) => ({
        username: result.username,
        role: result.role,
        agencyId: result.agencyId,
      }),
    },
    revalidate: () => [LIST_PATH],
  },
  (input, { tx, viewer }) => users.createUser(tx, viewer, input),
);

export const changeUserRole = action(
  {
    permission: "user.manage",
    schema: changeUserRoleSchema,
    audit: {
      event: "USER_ROLE_CHANGED",
      entityId: (_input, result: RoleChange) => String(result.id),
      details: (_input, result: RoleChange) => ({ from: result.from, to: result.to }),
    },
    revalidate: (_input, result: RoleChange) => [LIST_PATH, userPath(result.id)],
  },
  (input, { tx, viewer }) => users.changeUserRole(tx, viewer, input),
);

export const deactivateUser = action(
  {
    permission: "user.manage",
    schema: deactivateUserSchema,
    audit: {
      event: "USER_DEACTIVATED",
      entityId: (_input, result: ActiveChange) => String(result.id),
      details: (_input, result: ActiveChange) => ({ username: result.username }),
    },
    revalidate: (_input, result: ActiveChange) => [LIST_PATH, userPath(result.id)],
  },
  (input, { tx, viewer }) => users.setUserActive(tx, viewer, { ...input, active: false }),
);

export const reactivateUser = action(
  {
    permission: "user.manage",
    schema: reactivateUserSchema,
    audit: {
      event: "USER_REACTIVATED",
      entityId: (_input, result: ActiveChange) => String(result.id),
      details: (_input, result: ActiveChange) => ({ username: result.username }),
    },
    revalidate: (_input, result: ActiveChange) => [LIST_PATH, userPath(result.id)],
  },
  (input, { tx, viewer }) => users.setUserActive(tx, viewer, { ...input, active: true }),
);

export const resetUserPassword = action(
  {
    permission: "user.manage",
    schema: resetPasswordSchema,
    audit: {
      event: "USER_PASSWORD_RESET",
      entityId: (_input, result: PasswordReset) => String(result.id),
      // The temporary password is returned to the screen once and nowhere else.
      details: (_input, result: PasswordReset) => ({ username: result.username }),
    },
    revalidate: (_input, result: PasswordReset) => [LIST_PATH, userPath(result.id)],
  },
  (input, { tx, viewer }) => users.resetUserPassword(tx, viewer, input),
);
