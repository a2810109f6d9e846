import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getSessionUser } from "@/lib/auth/session";
import { SIGN_IN_PATH } from "@/lib/auth/options";
import { getTranslations } from "next-intl/server";
import { changePassword } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("changePassword");
  return { title: t("title") };
}

export default async function ChangePasswordPage() {
  const user = await getSessionUser();
  if (!user) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent("/change-password")}`);
  const t = await getTranslations("changePassword");

  return (
    <>
      <h1 className="text-xl font-semibold text-foreground">{t("heading")}</h1>
      {user.mustChangePassword ? (
        <p className="mt-2 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {t("required")}
        </p>
      ) : null}
      <ChangePasswordForm action={changePassword} />
      <div className="mt-6 text-center">
        <SignOutButton />
      </div>
    </>
  );
}
