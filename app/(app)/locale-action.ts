"use server";
// The header's language switch (issue 23): saves the viewer's own choice in users.locale, audited,
// and mirrors it into the locale cookie that the request configuration reads (lib/i18n/request.ts).
import { headers } from "next/headers";
import { z } from "zod";
import { action, OWN_ACCOUNT } from "@/lib/auth/action";
import { setOwnLocale } from "@/lib/data/auth";
import { LOCALES } from "@/lib/i18n/locale";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { isHttps } from "@/lib/security/trusted-proxy";

// an explicit intent: an empty post is refused (tests/e2e/security action replays)
const localeSchema = z.object({ intent: z.literal("set-locale"), locale: z.enum(LOCALES) });

type Saved = Awaited<ReturnType<typeof setOwnLocale>>;

export const setLocale = action(
  {
    permission: OWN_ACCOUNT,
    schema: localeSchema,
    audit: {
      event: "USER_LOCALE_CHANGED",
      entityId: (_input, result: Saved) => String(result.userId),
      details: (_input, result: Saved) => ({ locale: result.locale }),
    },
  },
  async (input, { viewer, tx }): Promise<Saved> => {
    const saved = await setOwnLocale(tx, viewer, input.locale);
    const requestHeaders = await headers();
    await setLocaleCookie(saved.locale, isHttps((name) => requestHeaders.get(name)));
    return saved;
  },
);
