// next-auth's endpoints: sign-in, callbacks, session, CSRF token, sign-out. Options per request:
// the cookies are Secure when the request came over HTTPS (lib/auth/options.ts). A POST from
// another site is refused before next-auth sees it (sign-in CSRF), like every state-changing route.
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptionsForRequest } from "@/lib/auth/options";
import { refuseForeignOrigin } from "@/lib/api/same-origin";

type Context = { params: Promise<{ nextauth: string[] }> };

function handle(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, authOptionsForRequest((name) => request.headers.get(name)));
}

export function GET(request: NextRequest, context: Context): Promise<Response> {
  return handle(request, context);
}

export async function POST(request: NextRequest, context: Context): Promise<Response> {
  return refuseForeignOrigin(request) ?? handle(request, context);
}
