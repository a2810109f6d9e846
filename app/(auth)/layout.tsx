// Pages for people who are not (fully) signed in yet: a centred card, no navigation.
import type { ReactNode } from "react";
import { t } from "@/lib/i18n";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main-content" className="flex min-h-dvh items-center justify-center bg-background px-4 py-12">
      <div className="w-full max-w-md">
        <p className="mb-6 text-center text-lg font-semibold text-brand-900">{t("app.title")}</p>
        <div className="rounded-lg border border-border bg-surface p-6 shadow-sm sm:p-8">{children}</div>
      </div>
    </main>
  );
}
