// next-intl's request configuration, without i18n routing: the URLs stay as they are and the locale
// comes from the viewer's cookie (lib/i18n/locale-cookie.ts) — no database query per view.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, localeFromCookie } from "./locale-cookie";
import { nestedMessages } from "./messages/nested";

export const TIME_ZONE = "Asia/Ho_Chi_Minh";

export default getRequestConfig(async () => {
  const locale = localeFromCookie((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: nestedMessages[locale], timeZone: TIME_ZONE };
});
