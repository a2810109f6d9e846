// User administration input, shared by the forms, the server actions and the list's search
// parameters (STYLE §4). Who may grant which role is not decided here but by canManageUser.
import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/validations/messages";
import { recordId } from "@/lib/validations/input";
import { pageParam, textParam } from "@/lib/validations/search-params";

export const USERNAME_MIN_LENGTH = 3;
export const USERNAME_MAX_LENGTH = 64;
export const FULL_NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;

/** Every role, in the order forms offer them. */
export const ROLES = [Role.AGENCY, Role.HOME_AFFAIRS, Role.INSPECTOR, Role.LEADER, Role.ADMIN] as const;

/** Roles whose accounts must belong to an agency, and roles that never do (DESIGN §2). */
export const ROLES_REQUIRING_AGENCY: readonly Role[] = [Role.AGENCY];
export const ROLES_WITHOUT_AGENCY: readonly Role[] = [Role.LEADER, Role.ADMIN];

// An empty form field means "not given".
const emptyAsUndefined = (value: unknown) => {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
};

const userId = recordId(msg("users.error.userId"));

const username = z
  .string({ error: msg("users.error.usernameLength") })
  .trim()
  // Sign-in ignores case anyway; storing one spelling keeps the unique index meaningful.
  .toLowerCase()
  .min(USERNAME_MIN_LENGTH, { error: msg("users.error.usernameLength") })
  .max(USERNAME_MAX_LENGTH, { error: msg("users.error.usernameLength") })
  .regex(/^[a-z0-9._-]+$/, { error: msg("users.error.usernameFormat") });

const fullName = z
  .string({ error: msg("users.error.fullNameRequired") })
  .trim()
  .min(1, { error: msg("users.error.fullNameRequired") })
  .max(FULL_NAME_MAX_LENGTH, { error: msg("users.error.fullNameTooLong") });

const email = z.preprocess(
  emptyAsUndefined,
  z.email({ error: msg("users.error.email") }).max(EMAIL_MAX_LENGTH, { error: msg("users.error.email") }).optional(),
);

const role = z.enum(Role, { error: msg("users.error.role") });

const agencyId = z.preprocess(
  (value) => emptyAsUndefined(value) ?? null,
  recordId(msg("users.error.agency")).nullable(),
);

const userShape = z.object({ userId, username, fullName, email, role, agencyId });

/** Agency users need their agency; leaders and administrators have none; the others may name their unit. */
function roleMatchesAgency(value: { role: Role; agencyId: number | null }, ctx: z.RefinementCtx) {
  if (ROLES_REQUIRING_AGENCY.includes(value.role) && value.agencyId === null) {
    ctx.addIssue({ code: "custom", path: ["agencyId"], message: msg("users.error.agencyRequired") });
  }
  if (ROLES_WITHOUT_AGENCY.includes(value.role) && value.agencyId !== null) {
    ctx.addIssue({ code: "custom", path: ["agencyId"], message: msg("users.error.agencyNotAllowed") });
  }
}

export const createUserSchema = userShape.omit({ userId: true }).superRefine(roleMatchesAgency);
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeUserRoleSchema = userShape.pick({ userId: true, role: true, agencyId: true }).superRefine(roleMatchesAgency);
export type ChangeUserRoleInput = z.infer<typeof changeUserRoleSchema>;

/** One account, named by id: deactivate, reactivate, reset password. */
export const userRefSchema = userShape.pick({ userId: true });
export type UserRefInput = z.infer<typeof userRefSchema>;

export const deactivateUserSchema = userRefSchema;
export const reactivateUserSchema = userRefSchema;
export const resetPasswordSchema = userRefSchema;

/** The list's search parameters (`?q=lan&page=2`): a search text and a page. */
export const userListParams = () =>
  z.object({ q: textParam(100).optional(), page: pageParam().optional() }).transform((input) => ({ q: input.q ?? "", page: input.page ?? 1 }));
export type UserListQuery = z.output<ReturnType<typeof userListParams>>;
