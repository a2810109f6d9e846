import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pg and its COPY stream are Node libraries with optional native parts: load them as they are.
  serverExternalPackages: ["pg", "pg-copy-streams", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
