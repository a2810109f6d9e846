import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "./lib/security/headers";
import { MAX_API_BODY_BYTES } from "./lib/api/limits";
import { PUBLIC_PAGE_REWRITES } from "./lib/security/public-page";

// With a proxy (proxy.ts), Next.js copies each request body for it and hands the route only the copy,
// cut at proxyClientMaxBodySize (10 MB by default) with no more than a log line. The import upload
// (up to 512 MB, streamed to disk) therefore does not pass through the proxy at all (its matcher).
// An /api/v1 batch is at most about 4 MB (10,000 dossiers), but the API reads bodies up to
// MAX_API_BODY_BYTES and refuses larger ones with 413 itself: the copy is cut one byte past that
// limit, so a body within it reaches the route whole (at the default, a 12 MB body arrived cut to
// 10 MB and was refused as not JSON) and one past it is still seen to be too large.

const nextConfig: NextConfig = {
  // pg and its COPY stream are Node libraries with optional native parts, pdfkit reads its data files
  // beside its own module: load them as they are.
  serverExternalPackages: ["pg", "pg-copy-streams", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pdfkit"],
  poweredByHeader: false,
  experimental: { proxyClientMaxBodySize: MAX_API_BODY_BYTES + 1 },
  reactStrictMode: true,
  // The fixed security headers on every response, static files included; proxy.ts adds the
  // Content-Security-Policy (a nonce per page) and HSTS (over HTTPS only).
  // the public page's addresses to its cached route (issue 21, lib/security/public-page.ts)
  async rewrites() {
    return { beforeFiles: PUBLIC_PAGE_REWRITES, afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      // the upload that skips proxy.ts gets the API's policy here
      { source: "/api/imports", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

// next-intl without i18n routing: messages and locale per request from lib/i18n/request.ts
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
