// Pages for people who are not (fully) signed in yet: a centred card, no navigation.
import type { ReactNode } from "react";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";

const AUTH_NAMESPACES = [...SHELL_NAMESPACES, "signIn", "changePassword"] as const;

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = await getIntl();
  return (
    <main id="main-content" className="flex min-h-dvh items-center justify-center bg-background px-4 py-12">
      <div className="w-full max-w-md">
        <p className="mb-6 text-center text-lg font-semibold text-brand-900">{t("app.title")}</p>
        <div className="rounded-lg border border-border bg-surface p-6 shadow-sm sm:p-8">
          <IntlClient namespaces={AUTH_NAMESPACES}>{children}</IntlClient>
        </div>
      </div>
    </main>
  );
}
