"use server";
// The installation's settings the administrator may change ("settings.manage"): for now, whether
// the public page /cong-khai is on (issue 21).
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { savePublicPageSetting } from "@/lib/data/public-page-setting";

const schema = z.object({ enabled: z.enum(["on", "off"]).transform((value) => value === "on") });

export type PublicPageChange = { enabled: boolean };

export const switchPublicPage = action(
  {
    permission: "settings.manage",
    schema,
    audit: { event: "PUBLIC_PAGE_SWITCHED", entityId: () => "public_page", details: (input) => ({ enabled: input.enabled }) },
    revalidate: () => ["/admin/settings"],
  },
  (input, { tx, viewer }): Promise<PublicPageChange> => savePublicPageSetting(tx, viewer, input),
);
