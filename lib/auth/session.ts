// Who is asking? For server components, route handlers and the action wrapper. Deliberately not
// "use server": exported functions of such a file become public endpoints (STYLE, documenso).
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authOptionsForRequest, SIGN_IN_PATH } from "@/lib/auth/options";
import { unsafeFindSessionUser, type SessionUser } from "@/lib/data/auth";
import { toViewer, type Viewer } from "@/lib/auth/permissions";

export const CHANGE_PASSWORD_PATH = "/change-password";

/**
 * The signed-in user, read from the database on every request (once per request, thanks to
 * `cache`): the session cookie says who, the row says what they may do. Null when anonymous,
 * deactivated or deleted, and for a session opened before the user's password, role or agency
 * last changed (lib/data/auth.ts findSessionUser).
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const requestHeaders = await headers();
  const session = await getServerSession(authOptionsForRequest((name) => requestHeaders.get(name)));
  const userId = session?.user?.userId;
  // A session from before session versions existed carries none, and ends.
  const version = session?.user?.sessionVersion;
  return typeof userId === "number" && typeof version === "number" ? unsafeFindSessionUser(userId, version) : null;
});

export async function getViewer(): Promise<Viewer | null> {
  const user = await getSessionUser();
  return user ? toViewer(user) : null;
}

/**
 * The viewer, or a redirect: to the sign-in page when anonymous, and to the password change when
 * an administrator has asked for one (except on that page itself).
 */
export async function requireViewer(options: { allowPendingPasswordChange?: boolean } = {}): Promise<Viewer> {
  const user = await getSessionUser();
  if (!user) redirect(SIGN_IN_PATH);
  if (user.mustChangePassword && !options.allowPendingPasswordChange) redirect(CHANGE_PASSWORD_PATH);
  return toViewer(user);
}
