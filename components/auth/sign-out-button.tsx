"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

const SIGN_IN_PATH = "/sign-in";

export function SignOutButton({ className }: { className?: string }) {
  const t = useTranslations("signOut");
  const router = useRouter();
  const [pending, setPending] = useState(false);

  async function onClick() {
    setPending(true);
    // redirect: false, then our own relative path: next-auth would otherwise send the browser to
    // an absolute URL built from NEXTAUTH_URL (http://localhost:3000 when unset).
    await signOut({ callbackUrl: SIGN_IN_PATH, redirect: false });
    router.replace(SIGN_IN_PATH);
    // Drop the signed-in pages from the client router cache.
    router.refresh();
  }

  return (
    <button
      type="button"
      disabled={pending}
      aria-busy={pending}
      onClick={() => void onClick()}
      className={className ?? "text-sm font-medium text-brand-800 underline-offset-4 hover:underline disabled:cursor-wait"}
    >
      {pending ? t("pending") : t("submit")}
    </button>
  );
}
