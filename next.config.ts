import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // pg and its COPY stream are Node libraries with optional native parts, pdfkit reads its data files
  // beside its own module: load them as they are.
  serverExternalPackages: ["pg", "pg-copy-streams", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pdfkit"],
  poweredByHeader: false,
  reactStrictMode: true,
  // The fixed security headers on every response, static files included; proxy.ts adds the
  // Content-Security-Policy (a nonce per page) and HSTS (over HTTPS only).
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default nextConfig;
