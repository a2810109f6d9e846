// The one-time password after a reset or a creation, shown once: it is in the action's answer
// only, never in the page or the audit log.
import { useTranslations } from "next-intl";

export function TemporaryPassword({ password }: { password: string }) {
  const t = useTranslations();
  return (
    <div className="rounded-md border border-brand-100 bg-brand-50 px-4 py-3 text-brand-900">
      <p className="text-sm font-medium">{t("users.temporaryPassword.label")}</p>
      <p className="mt-1 select-all font-mono text-xl tracking-wider" data-testid="temporary-password">
        {password}
      </p>
      <p className="mt-2 text-sm">{t("users.temporaryPassword.once")}</p>
    </div>
  );
}
