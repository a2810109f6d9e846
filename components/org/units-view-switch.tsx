// Which units a page's figures are read by (docs/ORGANISATION.md): today's units, the default, or the
// units of that time. Plain links: the view lives in the URL like the period, and the page says which
// one it shows.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { UNITS_VIEWS, type UnitsView } from "@/lib/org/views";

export function UnitsViewSwitch({ view, href }: { view: UnitsView; href: (view: UnitsView) => string }) {
  const t = useTranslations();
  return (
    <div className="space-y-1 rounded-md border border-border bg-surface px-4 py-3 text-sm" data-testid="units-view" data-view={view}>
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <span className="font-medium">{t("org.view.heading")}</span>
        {UNITS_VIEWS.map((option) => (
          <Link
            key={option}
            href={href(option)}
            aria-current={option === view ? "true" : undefined}
            className={option === view ? "font-semibold text-brand-900 underline" : "text-brand-700 underline"}
            data-testid={`units-view-${option}`}
          >
            {t(`org.view.${option}`)}
          </Link>
        ))}
      </p>
      <p className="text-muted" data-testid="units-view-note">
        {t(`org.view.${view}Note`)}
      </p>
    </div>
  );
}
