import type { Metadata } from "next";
import { Suspense } from "react";
import { StatCard, StatCardSkeleton } from "@/components/ui/stat-card";
import { requireViewer } from "@/lib/auth/session";
import { getOverviewCounts, type OverviewCounts } from "@/lib/data/overview";
import { t, type MessageKey } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: t("home.heading") };

const CARDS: { key: keyof OverviewCounts; labelKey: MessageKey }[] = [
  { key: "agencies", labelKey: "home.count.agencies" },
  { key: "procedures", labelKey: "home.count.procedures" },
  { key: "tasks", labelKey: "home.count.tasks" },
  { key: "dossiers", labelKey: "home.count.dossiers" },
];

// No loading.tsx for the (app) group: a boundary here would wrap every section's layout, and a
// page inside a loading boundary has already answered 200 when it calls notFound(). Each section
// has its own loading.tsx below its gate (see lib/auth/page-access.ts); the home page's slow part
// sits in its own <Suspense>.
async function Counts() {
  const counts = await getOverviewCounts(await requireViewer());
  if (!counts) return null;
  return CARDS.map((card) => (
    <StatCard key={card.key} label={t(card.labelKey)} value={formatNumber(counts[card.key])} testId={`count-${card.key}`} />
  ));
}

function CountsSkeleton() {
  return (
    <>
      <span role="status" className="sr-only">
        {t("common.loading")}
      </span>
      {CARDS.map((card) => (
        <StatCardSkeleton key={card.key} />
      ))}
    </>
  );
}

export default function HomePage() {
  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-3">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("home.heading")}</h1>
        <p className="leading-relaxed text-foreground">{t("home.intro")}</p>
      </div>

      <section aria-labelledby="counts-heading" className="space-y-4">
        <div>
          <h2 id="counts-heading" className="text-lg font-semibold text-brand-900">
            {t("home.countsHeading")}
          </h2>
          <p className="text-sm text-muted">{t("home.countsNote")}</p>
        </div>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
          <Suspense fallback={<CountsSkeleton />}>
            <Counts />
          </Suspense>
        </dl>
      </section>
    </div>
  );
}
