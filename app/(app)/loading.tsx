import { StatCardSkeleton } from "@/components/ui/stat-card";
import { t } from "@/lib/i18n";

export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-8">
      <span className="sr-only">{t("common.loading")}</span>
      <div aria-hidden="true" className="max-w-3xl space-y-3">
        <div className="h-8 w-48 animate-pulse rounded bg-brand-100" />
        <div className="h-4 w-full animate-pulse rounded bg-brand-100" />
        <div className="h-4 w-2/3 animate-pulse rounded bg-brand-100" />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {[0, 1, 2, 3].map((index) => (
          <StatCardSkeleton key={index} />
        ))}
      </div>
    </div>
  );
}
