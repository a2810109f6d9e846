// Accounts as sign-in sees them: check a password with the per-client throttle and the lock-out
// rule, load the signed-in user for each request, single sign-on, password change. Every attempt
// is audited. The reads before a session exists have no viewer to scope by: they are unsafe…, and
// each says what stands in for the scope (the signed session cookie, the identity provider's token).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { appendAudit, type AuditEventName } from "@/lib/audit";
import { nextLockState } from "@/lib/auth/lockout";
import { SignInThrottledError, THROTTLE_MAX_FAILURES, THROTTLE_WINDOW_MS, throttleWait } from "@/lib/auth/sign-in-throttle";
import { hashPassword, passwordMatches } from "@/lib/auth/password";
import { grantFor, type Viewer } from "@/lib/auth/permissions";
import { unsafeListPredecessorIds } from "@/lib/data/organisation";
import { WRITE_TRANSACTION } from "@/lib/data/transaction";
import { AppError } from "@/lib/errors";
import type { ChangePasswordInput } from "@/lib/validations/auth";
import { toLocale, type Locale } from "@/lib/i18n/locale";

/** The failed attempts the per-client throttle counts. */
const SIGN_IN_FAILED: AuditEventName = "SIGN_IN_FAILED";

const sessionUserSelect = {
  id: true,
  username: true,
  email: true,
  fullName: true,
  role: true,
  agencyId: true,
  active: true,
  mustChangePassword: true,
  sessionVersion: true,
  locale: true,
} satisfies Prisma.UserSelect;

type SessionUserRow = Prisma.UserGetPayload<{ select: typeof sessionUserSelect }>;

/**
 * The signed-in user: the viewer of the decision table plus what the session shows, and the
 * session version a session must carry to stay valid (the migration's trigger raises it).
 */
export type SessionUser = Viewer &
  Pick<SessionUserRow, "username" | "email" | "fullName" | "mustChangePassword" | "sessionVersion"> & { locale: Locale };

function toSessionUser(row: SessionUserRow): SessionUser {
  return {
    userId: row.id,
    role: row.role,
    agencyId: row.agencyId,
    username: row.username,
    email: row.email,
    fullName: row.fullName,
    mustChangePassword: row.mustChangePassword,
    sessionVersion: row.sessionVersion,
    locale: toLocale(row.locale),
  };
}

type Db = Prisma.TransactionClient;

/** The account a login names: its username first, else its e-mail, both case-insensitive. */
async function findAccount(db: Db, login: string): Promise<{ id: number; passwordHash: string } | null> {
  const rows = await db.user.findMany({
    where: {
      OR: [{ username: { equals: login, mode: "insensitive" } }, { email: { equals: login, mode: "insensitive" } }],
    },
    select: { id: true, username: true, email: true, passwordHash: true },
    orderBy: { id: "asc" },
    take: 10,
  });
  const lower = login.toLowerCase();
  const found =
    rows.find((row) => row.username === login) ??
    rows.find((row) => row.username.toLowerCase() === lower) ??
    rows.find((row) => row.email === login) ??
    rows[0];
  return found ? { id: found.id, passwordHash: found.passwordHash } : null;
}

/** Reads the account under a row lock, so that parallel attempts are counted one after another. */
async function lockAccount(tx: Db, id: number) {
  await tx.$queryRaw`SELECT id FROM app_user WHERE id = ${id} FOR UPDATE`;
  return tx.user.findUnique({
    where: { id },
    select: { ...sessionUserSelect, passwordHash: true, failedAttempts: true, lockedUntil: true },
  });
}

/** Milliseconds until `ip` may try to sign in again (lib/auth/sign-in-throttle.ts); 0 when it may now. */
async function signInWait(db: Db, ip: string | null, now: Date): Promise<number> {
  const rows = await db.auditLog.findMany({
    where: { action: SIGN_IN_FAILED, ip, at: { gt: new Date(now.getTime() - THROTTLE_WINDOW_MS), lte: now } },
    select: { at: true },
    orderBy: { at: "desc" },
    take: THROTTLE_MAX_FAILURES,
  });
  return throttleWait(
    rows.map((row) => row.at),
    now,
  );
}

/**
 * The user if `password` is right for `login` and the account is active and not locked; null
 * otherwise, for every reason alike (the caller shows one message that reveals nothing).
 * A client with too many recent failures is refused first, with SignInThrottledError: no password
 * is checked and no account's counter moves. Five failures in a row lock the account for 15
 * minutes (lib/auth/lockout.ts). The counters and the audit rows are written in one transaction
 * that holds the account's row lock, so parallel guesses are all counted. bcrypt runs before the
 * transaction to keep it short.
 * Scope: none — anyone may try to sign in; the throttle and the lock-out count every attempt.
 */
export async function unsafeVerifyCredentials(
  login: string,
  password: string,
  ip: string | null = null,
  now: Date = new Date(),
): Promise<SessionUser | null> {
  const db = getDb();
  const wait = await signInWait(db, ip, now);
  if (wait > 0) {
    await db.$transaction((tx) =>
      appendAudit(tx, {
        actorId: null,
        event: "SIGN_IN_THROTTLED",
        ip,
        details: { login: login.slice(0, 64), waitSeconds: Math.ceil(wait / 1000) },
      }),
    );
    throw new SignInThrottledError(wait);
  }
  const account = await findAccount(db, login);
  const matches = await passwordMatches(password, account?.passwordHash ?? null);

  return db.$transaction(async (tx) => {
    const row = account ? await lockAccount(tx, account.id) : null;
    if (!row) {
      await appendAudit(tx, {
        actorId: null,
        event: "SIGN_IN_FAILED",
        ip,
        details: { reason: "unknown-account", login: login.slice(0, 64) },
      });
      return null;
    }

    const audit = { actorId: row.id, entityId: String(row.id), agencyId: row.agencyId, ip };
    if (!row.active) {
      await appendAudit(tx, { ...audit, event: "SIGN_IN_FAILED", details: { reason: "inactive" } });
      return null;
    }

    // A hash changed since it was checked (password just changed) counts as a wrong password.
    const outcome = matches && row.passwordHash === account?.passwordHash ? "success" : "failure";
    const decision = nextLockState(row, outcome, now);
    if (decision.signedIn) {
      await tx.user.update({
        where: { id: row.id },
        data: { failedAttempts: 0, lockedUntil: null, lastSignInAt: now },
      });
      await appendAudit(tx, { ...audit, event: "SIGN_IN", details: { method: "password" } });
      return toSessionUser(row);
    }

    if (!decision.wasLocked) {
      await tx.user.update({ where: { id: row.id }, data: decision.next });
    }
    await appendAudit(tx, {
      ...audit,
      event: "SIGN_IN_FAILED",
      details: {
        reason: decision.wasLocked ? "locked" : "wrong-password",
        failedAttempts: decision.next.failedAttempts,
      },
    });
    if (decision.lockedNow && decision.next.lockedUntil) {
      await appendAudit(tx, {
        ...audit,
        event: "ACCOUNT_LOCKED",
        details: { failedAttempts: decision.next.failedAttempts, lockedUntil: decision.next.lockedUntil.toISOString() },
      });
    }
    return null;
  });
}

/**
 * The user behind a session, read afresh on every request; null when the account is gone or
 * inactive, or when the session was opened before its password, role or agency last changed
 * (its version is older than the row's): that ends the user's other sessions at their next request.
 * Scope: the id and version come from the signed session cookie (lib/auth/session.ts), never from input.
 */
export async function unsafeFindSessionUser(userId: number, sessionVersion: number): Promise<SessionUser | null> {
  const row = await getDb().user.findUnique({ where: { id: userId }, select: sessionUserSelect });
  if (!row?.active || row.sessionVersion !== sessionVersion) return null;
  const user = toSessionUser(row);
  // agency staff read their unit's predecessors' history too (docs/ORGANISATION.md)
  if (user.agencyId === null || grantFor(user.role, "agency.read") !== "own") return user;
  return { ...user, predecessorIds: await unsafeListPredecessorIds(user.agencyId) };
}

/**
 * The active user the province's identity provider names by e-mail; single sign-on creates nobody.
 * Scope: the e-mail comes from the provider's verified token (lib/auth/options.ts).
 */
export async function unsafeFindSsoUser(email: string): Promise<SessionUser | null> {
  const rows = await getDb().user.findMany({
    where: { email: { equals: email, mode: "insensitive" }, active: true },
    select: sessionUserSelect,
    take: 2,
  });
  // Two accounts whose e-mails differ only in case: refuse rather than guess.
  return rows.length === 1 && rows[0] ? toSessionUser(rows[0]) : null;
}

/**
 * Audits a single sign-on attempt; `userId` is null when it was refused.
 * Scope: called by next-auth's sign-in callback with the user unsafeFindSsoUser found.
 */
export async function unsafeRecordSsoSignIn(userId: number | null, email: string): Promise<void> {
  const db = getDb();
  await db.$transaction(async (tx) => {
    if (userId === null) {
      await appendAudit(tx, {
        actorId: null,
        event: "SIGN_IN_FAILED",
        details: { method: "oidc", reason: "no-active-account", email: email.slice(0, 254) },
      });
      return;
    }
    const user = await tx.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() }, select: { agencyId: true } });
    await appendAudit(tx, {
      actorId: userId,
      event: "SIGN_IN",
      entityId: String(userId),
      agencyId: user.agencyId,
      details: { method: "oidc" },
    });
  });
}

/** Scope: called by next-auth's sign-out event with the id of the session's own user. */
export async function unsafeRecordSignOut(userId: number): Promise<void> {
  await getDb().$transaction((tx) => appendAudit(tx, { event: "SIGN_OUT", actorId: userId, entityId: String(userId) }), WRITE_TRANSACTION);
}

/**
 * Sets the viewer's own new password and clears the must-change flag. Runs inside the action
 * wrapper's transaction; a wrong current password refuses with a field error. Returns the new
 * session version (the trigger raised it, ending every session of the user): the caller gives it
 * to the session making the change, which stays open.
 */
export async function changeOwnPassword(tx: Db, viewer: Viewer, input: ChangePasswordInput): Promise<{ sessionVersion: number }> {
  const user = await tx.user.findUnique({ where: { id: viewer.userId }, select: { passwordHash: true } });
  if (!user || !(await passwordMatches(input.currentPassword, user.passwordHash))) {
    throw new AppError("WRONG_CURRENT_PASSWORD", {}, { field: "currentPassword" });
  }
  return tx.user.update({
    where: { id: viewer.userId },
    data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false },
    select: { sessionVersion: true },
  });
}

/** The viewer's own UI language (the header's switch); OWN_ACCOUNT: only ever the viewer's row. */
export async function setOwnLocale(tx: Db, viewer: Viewer, locale: Locale): Promise<{ userId: number; locale: Locale }> {
  await tx.user.update({ where: { id: viewer.userId }, data: { locale }, select: { id: true } });
  return { userId: viewer.userId, locale };
}
