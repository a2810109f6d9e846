// Sends anonymous visitors of any page to the sign-in page, with the page as callbackUrl.
// A convenience, NOT the security boundary: every page, route handler and server action checks
// the viewer itself (lib/auth/session.ts, lib/auth/action.ts), and API routes answer 401 on
// their own rather than redirecting, so /api/* is left out below.
// For signed-in visitors it refuses a page's malformed or out-of-range URL parameters with a 400
// before the page renders (lib/http/bad-parameters.ts, issue 17 item 1).
// Next 16 needs an explicit default export here; a bare re-export of next-auth/middleware
// fails the build (DESIGN §7).
import { withAuth } from "next-auth/middleware";
import { refuseBadParameters } from "@/lib/http/bad-parameters";
import { getAuthEnv } from "@/lib/env";

export default withAuth((request) => refuseBadParameters(request), {
  pages: { signIn: "/sign-in", error: "/sign-in" },
  secret: getAuthEnv().NEXTAUTH_SECRET,
});

export const config = {
  // Every path except the sign-in page, the API (next-auth's own endpoints included), Next's
  // assets, the favicon and any file with an extension (fonts, images, robots.txt, …).
  matcher: ["/((?!sign-in(?:/|$)|api(?:/|$)|_next/|favicon\\.ico$|.*\\.[a-zA-Z0-9]+$).*)"],
};
