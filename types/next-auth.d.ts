// What our callbacks (lib/auth/options.ts) put into next-auth's user, token and session.
// Server code trusts none of it for decisions: lib/auth/session.ts re-reads the user row.
// Optional throughout: an OIDC profile is a User too, and has them only when an account matched.
import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";

declare module "next-auth" {
  interface User {
    userId?: number;
    role?: Role;
    agencyId?: number | null;
    mustChangePassword?: boolean;
    sessionVersion?: number;
    /** at sign-in only: the saved UI language, which the signIn callback copies into its cookie */
    locale?: Locale;
  }

  interface Session {
    user?: DefaultSession["user"] & {
      userId?: number;
      role?: Role;
      agencyId?: number | null;
      mustChangePassword?: boolean;
    sessionVersion?: number;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: number;
    role?: Role;
    agencyId?: number | null;
    mustChangePassword?: boolean;
    sessionVersion?: number;
  }
}
