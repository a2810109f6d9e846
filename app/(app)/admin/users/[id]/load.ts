// The account a URL names, if the viewer manages it (Home Affairs: agency staff only): asked by the
// layout (for a real 404) and the page, read once per request.
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePermission } from "@/lib/auth/page-access";
import { findManagedUser } from "@/lib/data/users";
import { parsePathId } from "@/lib/validations/search-params";

export type UserParams = Promise<{ id: string }>;

export const loadManagedUser = cache(async (id: string) => {
  const viewer = await requirePermission("user.manage");
  const user = await findManagedUser(viewer, parsePathId(id));
  if (!user) notFound();
  return { viewer, user };
});
