"use server";
// User administration (DESIGN §2): the administrator for every account, Home Affairs for agency
// accounts. The wrapper checks "user.manage"; the data layer checks the account and the role
// given (canManageUser). Audit details name roles and agencies, never a password or its hash.
import { actionsFor, resultId } from "@/lib/auth/action";
import * as users from "@/lib/data/users";
import {
  changeUserRoleSchema,
  createUserSchema,
  deactivateUserSchema,
  reactivateUserSchema,
  resetPasswordSchema,
} from "@/lib/validations/users";

const LIST_PATH = "/admin/users";
const userPaths = (_input: unknown, result: { id: number }) => [LIST_PATH, `${LIST_PATH}/${result.id}`];
const manage = actionsFor("user.manage", { revalidate: [LIST_PATH] });

export type CreatedUser = users.CreatedUser;
export type RoleChange = users.RoleChange;
export type ActiveChange = users.ActiveChange;
export type PasswordReset = users.PasswordReset;

export const createUser = manage(createUserSchema, users.createUser, {
  audit: { event: "USER_CREATED", entityId: resultId, details: (_input, result) => ({ username: result.username, role: result.role, agencyId: result.agencyId }) },
});

export const changeUserRole = manage(changeUserRoleSchema, users.changeUserRole, {
  audit: { event: "USER_ROLE_CHANGED", entityId: resultId, details: (_input, result) => ({ from: result.from, to: result.to }) },
  revalidate: userPaths,
});

export const deactivateUser = manage(deactivateUserSchema, (tx, viewer, input) => users.setUserActive(tx, viewer, { ...input, active: false }), {
  audit: { event: "USER_DEACTIVATED", entityId: resultId, details: (_input, result) => ({ username: result.username }) },
  revalidate: userPaths,
});

export const reactivateUser = manage(reactivateUserSchema, (tx, viewer, input) => users.setUserActive(tx, viewer, { ...input, active: true }), {
  audit: { event: "USER_REACTIVATED", entityId: resultId, details: (_input, result) => ({ username: result.username }) },
  revalidate: userPaths,
});

// The temporary password is returned to the screen once and nowhere else.
export const resetUserPassword = manage(resetPasswordSchema, users.resetUserPassword, {
  audit: { event: "USER_PASSWORD_RESET", entityId: resultId, details: (_input, result) => ({ username: result.username }) },
  revalidate: userPaths,
});
