// next-intl's request configuration, without i18n routing: the URLs stay as they are and the locale
// comes from the viewer's cookie (lib/i18n/locale-cookie.ts) — no database query per view.
import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "./locale-cookie";
import { nestedMessages } from "./messages/nested";

export const TIME_ZONE = "Asia/Ho_Chi_Minh";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: nestedMessages[locale], timeZone: TIME_ZONE };
});
