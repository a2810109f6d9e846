import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getViewer } from "@/lib/auth/session";
import { ssoEnabled } from "@/lib/auth/options";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { getTranslations } from "next-intl/server";
import { signInParams } from "@/lib/validations/auth";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = parseSearchParams(signInParams(), await searchParams);
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const t = await getTranslations("signIn");

  return (
    <>
      <h1 className="text-xl font-semibold text-foreground">{t("heading")}</h1>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <SignInForm
        callbackUrl={callbackUrl}
        ssoEnabled={ssoEnabled()}
        initialError={params.error ? signInErrorMessage(params.error, t) : null}
      />
    </>
  );
}
