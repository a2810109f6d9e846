// The import run a URL names: asked by the layout (for a real 404) and the page, read once.
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePermission } from "@/lib/auth/page-access";
import { getImport } from "@/lib/data/imports/read";
import { parsePathId } from "@/lib/validations/search-params";

export type ImportParams = Promise<{ id: string }>;

export const loadImport = cache(async (id: string) => {
  const run = await getImport(await requirePermission("import.run"), parsePathId(id));
  if (!run) notFound();
  return run;
});
