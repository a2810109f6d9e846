// The index a URL names (`/indices/PCI`): asked by the layout (for a real 404) and the pages,
// read once per request. A code is letters, digits, "_" and "-" (IndexDefinition.code, 16 at most).
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/session";
import { getIndexDetail, type IndexDetail } from "@/lib/data/index-detail";

export type IndexParams = Promise<{ code: string }>;

export const loadIndex = cache(async (code: string): Promise<IndexDetail> => {
  if (!/^[A-Za-z0-9_-]{1,16}$/.test(code)) notFound();
  const index = await getIndexDetail(await requireViewer(), code);
  if (!index) notFound();
  return index;
});
