// next-auth configuration (DESIGN §7): username-or-e-mail and password, JWT sessions of one
// working day, and the province's single sign-on when lib/env.ts has it configured. The cookies
// are Secure (and __Secure-/__Host- named) whenever the request came over HTTPS, as the trusted
// proxy reports it (lib/security/trusted-proxy.ts), so options are built per scheme.
import "server-only";
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getAuthEnv, type AuthEnv } from "@/lib/env";
import { unsafeFindSsoUser, unsafeRecordSignOut, unsafeRecordSsoSignIn, unsafeVerifyCredentials, type SessionUser } from "@/lib/data/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { SignInThrottledError } from "@/lib/auth/sign-in-throttle";
import { isHttps } from "@/lib/security/trusted-proxy";
import { credentialsSchema } from "@/lib/validations/auth";
import { wordsOf } from "@/lib/notifications/words";
import { DEFAULT_LOCALE } from "@/lib/i18n/locale";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";

/** Nine hours: a working day, after which the user signs in again. */
export const SESSION_MAX_AGE_SECONDS = 9 * 60 * 60;
export const SIGN_IN_PATH = "/sign-in";
export const OIDC_PROVIDER_ID = "oidc";

function toAuthUser(user: SessionUser): User {
  return {
    id: String(user.userId),
    name: user.fullName,
    email: user.email,
    userId: user.userId,
    role: user.role,
    agencyId: user.agencyId,
    mustChangePassword: user.mustChangePassword,
    sessionVersion: user.sessionVersion,
    locale: user.locale,
  };
}

// The providers' names and labels only name them in next-auth's configuration: its own sign-in
// page is never shown (pages.signIn is ours, which reads the viewer's language, and words the
// throttling refusal from its "Throttled:<minutes>" code), so they stay in the default language.
const { t } = wordsOf(DEFAULT_LOCALE);

const credentials = CredentialsProvider({
  id: "credentials",
  name: "Tài khoản",
  credentials: {
    login: { label: t("signIn.login"), type: "text" },
    password: { label: t("signIn.password"), type: "password" },
  },
  async authorize(input, req) {
    const parsed = credentialsSchema.safeParse(input);
    if (!parsed.success) return null;
    const headers: Record<string, unknown> = req.headers ?? {};
    const ip = clientIp((name) => {
      const value = headers[name];
      return typeof value === "string" ? value : null;
    });
    try {
      const user = await unsafeVerifyCredentials(parsed.data.login, parsed.data.password, ip);
      return user ? toAuthUser(user) : null;
    } catch (error) {
      // next-auth hands a thrown message to the sign-in form as ?error= ("Throttled:<minutes>")
      if (error instanceof SignInThrottledError) throw new Error(error.message);
      throw error;
    }
  },
});

type OidcClaims = { sub: string; email?: string; email_verified?: boolean; name?: string };

/**
 * The province's OpenID Connect provider. It only proves who someone is: the IdP's verified
 * e-mail must belong to an existing active user, whose role and agency then apply. Nobody is
 * created; an unknown e-mail is refused in the signIn callback.
 */
function oidcProvider(oidc: NonNullable<AuthEnv["oidc"]>): OAuthConfig<OidcClaims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: t("signIn.sso"),
    type: "oauth",
    wellKnown: `${oidc.issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`,
    clientId: oidc.clientId,
    clientSecret: oidc.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    async profile(claims) {
      const email = claims.email_verified === false ? undefined : claims.email;
      const user = email ? await unsafeFindSsoUser(email) : null;
      return user ? toAuthUser(user) : { id: claims.sub, email: claims.email ?? null, name: claims.name ?? null };
    },
  };
}

function buildAuthOptions(env: AuthEnv, secure: boolean): NextAuthOptions {
  const providers: NextAuthOptions["providers"] = [credentials];
  if (env.oidc) providers.push(oidcProvider(env.oidc));

  return {
    secret: env.NEXTAUTH_SECRET,
    useSecureCookies: secure,
    providers,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // Errors (a refused single sign-on) come back to the sign-in page as ?error=…
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider === OIDC_PROVIDER_ID) {
          await unsafeRecordSsoSignIn(user.userId ?? null, user.email ?? "");
        }
        if (typeof user.userId !== "number") return false;
        // the saved language follows the user to any browser; read per view from the cookie, not the database
        await setLocaleCookie(user.locale ?? DEFAULT_LOCALE, secure);
        return true;
      },
      // Only paths on this site, whatever callbackUrl the client sent (lib/auth/callback-url.ts).
      redirect({ url, baseUrl }) {
        const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
        return `${baseUrl}${safeCallbackPath(path)}`;
      },
      jwt({ token, user }) {
        // `user` is there only at sign-in; later calls keep the token as it is.
        if (user && typeof user.userId === "number" && user.role) {
          token.userId = user.userId;
          token.role = user.role;
          token.agencyId = user.agencyId ?? null;
          token.mustChangePassword = user.mustChangePassword ?? false;
          token.sessionVersion = user.sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          ...session.user,
          userId: token.userId,
          role: token.role,
          agencyId: token.agencyId,
          mustChangePassword: token.mustChangePassword,
          sessionVersion: token.sessionVersion,
        };
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.userId === "number") await unsafeRecordSignOut(token.userId);
      },
    },
  };
}

const byScheme = new Map<boolean, NextAuthOptions>();

/** The options for a request over HTTPS (`secure`) or plain HTTP. */
export function authOptionsFor(secure: boolean): NextAuthOptions {
  let options = byScheme.get(secure);
  if (!options) {
    options = buildAuthOptions(getAuthEnv(), secure);
    byScheme.set(secure, options);
  }
  return options;
}

/** The options for the request whose headers these are. */
export function authOptionsForRequest(header: (name: string) => string | null | undefined): NextAuthOptions {
  return authOptionsFor(isHttps(header));
}

/** The session cookie's name under these options (next-auth's default naming). */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/** Whether the sign-in page offers the province's single sign-on. */
export function ssoEnabled(): boolean {
  return getAuthEnv().oidc !== null;
}
