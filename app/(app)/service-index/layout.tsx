import type { ReactNode } from "react";
import { requirePermission } from "@/lib/auth/page-access";

// The service index reads province figures: the roles that may (DESIGN §2); others get a real 404.
export default async function ServiceIndexLayout({ children }: { children: ReactNode }) {
  await requirePermission("scorecard.read");
  return children;
}
