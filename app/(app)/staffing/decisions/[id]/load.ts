// The quota decision a URL names: asked by the layout (for a real 404) and the page, read once.
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePermission } from "@/lib/auth/page-access";
import { findQuotaDecision } from "@/lib/data/staffing-entry";
import { parsePathId } from "@/lib/validations/search-params";

export type DecisionParams = Promise<{ id: string }>;

export const loadDecision = cache(async (id: string) => {
  const decision = await findQuotaDecision(await requirePermission("staffingQuota.manage"), parsePathId(id));
  if (!decision) notFound();
  return decision;
});
