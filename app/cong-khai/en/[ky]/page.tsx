// The public page in English (issue 23): the same page as app/cong-khai/[ky] (read its header),
// at /cong-khai/en/<period>, with its own cache entry per period. The route segment config below
// repeats the Vietnamese route's: Next.js reads it from each page file as literals, not re-exports.
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
  return { title: { absolute: publicTitle("en") } };
}

export default async function PublicPageEnglish({ params }: { params: Promise<{ ky: string }> }) {
  const { ky } = await params;
  return <PublicPageBody ky={ky} locale="en" />;
}
