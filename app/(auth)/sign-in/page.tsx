import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getViewer } from "@/lib/auth/session";
import { ssoEnabled } from "@/lib/auth/options";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t("signIn.title") };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  // next-auth sends errors back as ?error=…
  const error = first(params.error);
  if (await getViewer()) redirect(callbackUrl);

  return (
    <>
      <h1 className="text-xl font-semibold text-foreground">{t("signIn.heading")}</h1>
      <p className="mt-1 text-sm text-muted">{t("signIn.intro")}</p>
      <SignInForm
        callbackUrl={callbackUrl}
        ssoEnabled={ssoEnabled()}
        initialError={error ? signInErrorMessage(error) : null}
      />
    </>
  );
}
