// The public page (issue 21): how the province and each of its agencies serve citizens — the
// Decision 766 service index and the on-time rate by period — without signing in, phone first, with
// no personal data. /cong-khai is the latest month, /cong-khai/2026-Q4 a period (next.config.ts
// rewrites /cong-khai and the old ?ky= links here, lib/security/public-page.ts).
// Served from Next's full-route cache (incremental static regeneration): a period is rendered on its
// first view, kept as HTML and RSC, and rendered again in the background at most once every
// 60 s (`revalidate`) while people view it — a view neither renders nor reads the database. This needs
// a page without a per-request nonce: the public page runs no script at all (proxy.ts gives it
// script-src 'none'), so it is plain HTML, its chart an SVG drawn on the server.
// Language: a force-static route sees no cookie (Next.js gives it empty cookies(), and the background
// regeneration has no request at all), so each language has its own address and cache entry: this
// route is Vietnamese, app/cong-khai/en/[ky] the same page in English (components/service-index/public-page.tsx).
import type { Metadata } from "next";
import { PublicPageBody, publicTitle } from "@/components/service-index/public-page";

// static for the root layout's connection() too (it resolves at once in a force-static route)
export const dynamic = "force-static";
export const revalidate = 60;
// no period is rendered at build time (the build has no database): each on its first view
export const dynamicParams = true;
export function generateStaticParams(): { ky: string }[] {
  return [];
}

export function generateMetadata(): Metadata {
  return { title: { absolute: publicTitle("vi") } };
}

export default async function PublicPage({ params }: { params: Promise<{ ky: string }> }) {
  const { ky } = await params;
  return <PublicPageBody ky={ky} locale="vi" />;
}
