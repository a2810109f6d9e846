import type { ReactNode } from "react";
import { requirePermission } from "@/lib/auth/page-access";

// The installation's settings: the administrator only; others get a real 404.
export default async function SettingsLayout({ children }: { children: ReactNode }) {
  await requirePermission("settings.manage");
  return children;
}
