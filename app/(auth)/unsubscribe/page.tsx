// An e-mail's unsubscribe link lands here (issue 22), signed in or not: the page names the kind
// and asks for one click (a link alone must not change anything: mail scanners open links).
import type { Metadata } from "next";
import { getAuthEnv } from "@/lib/env";
import { getTranslations } from "next-intl/server";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";
import { unsubscribeParams } from "@/lib/validations/notifications";
import { buttonClass } from "@/components/ui/styles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("unsubscribe.title") };
}

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = parseSearchParams(unsubscribeParams(), await searchParams);
  const named = query.token ? readUnsubscribeToken(getAuthEnv().NEXTAUTH_SECRET, query.token) : null;
  const t = await getTranslations("notifications");
  const kind = named ? t(`kind.${named.kind}`) : "";
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold text-brand-900">{t("unsubscribe.title")}</h1>
      {!named ? (
        <p role="alert" data-testid="unsubscribe-invalid">{t("unsubscribe.invalid")}</p>
      ) : query.done ? (
        <p role="status" data-testid="unsubscribe-done">{t("unsubscribe.done", { kind })}</p>
      ) : (
        <form method="post" action="/api/unsubscribe">
          <input type="hidden" name="token" value={query.token} />
          <button type="submit" className={buttonClass} data-testid="unsubscribe-confirm">{t("unsubscribe.confirm", { kind })}</button>
        </form>
      )}
    </div>
  );
}
