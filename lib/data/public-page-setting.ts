// Switching the public page (/cong-khai, issue 21) on or off: setting `public_page` `{ enabled }`,
// written by the administrator ("settings.manage"). The page reads it through the data cache
// (lib/data/province/public-service-index.ts), so a change shows within a minute.
import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/data/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { PUBLIC_PAGE_SETTING } from "@/lib/data/province/public-service-index";

export async function savePublicPageSetting(tx: Prisma.TransactionClient, viewer: Viewer, input: { enabled: boolean }): Promise<{ enabled: boolean }> {
  requirePermission(viewer, "settings.manage");
  await tx.setting.upsert({ where: { key: PUBLIC_PAGE_SETTING }, create: { key: PUBLIC_PAGE_SETTING, value: { enabled: input.enabled } }, update: { value: { enabled: input.enabled } } });
  return { enabled: input.enabled };
}

/** Whether the page is on, read fresh for the settings page. */
export async function readPublicPageSetting(viewer: Viewer): Promise<boolean> {
  requirePermission(viewer, "settings.manage");
  const row = await getDb().setting.findUnique({ where: { key: PUBLIC_PAGE_SETTING }, select: { value: true } });
  const value = row?.value;
  return !(typeof value === "object" && value !== null && "enabled" in value && value.enabled === false);
}
