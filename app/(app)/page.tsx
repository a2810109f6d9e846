import type { Metadata } from "next";
import { Suspense } from "react";
import { useTranslations } from "next-intl";
import { LoadingStatus } from "@/components/ui/skeleton";
import { StatCard, StatCardSkeleton } from "@/components/ui/stat-card";
import { requireViewer } from "@/lib/auth/session";
import { getOverviewCounts, type OverviewCounts } from "@/lib/data/overview";
import { getIntl } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("home.heading") };
}

/** The cards in their order; each one's label is `home.count.<key>`. */
const CARDS: readonly (keyof OverviewCounts)[] = ["agencies", "procedures", "tasks", "dossiers"];

// No loading.tsx for the (app) group: a boundary here would wrap every section's layout, and a
// page inside a loading boundary has already answered 200 when it calls notFound(). Each section
// has its own loading.tsx below its gate (see lib/auth/page-access.ts); the home page's slow part
// sits in its own <Suspense>.
async function Counts() {
  const [counts, { t, f }] = await Promise.all([requireViewer().then(getOverviewCounts), getIntl()]);
  if (!counts) return null;
  return CARDS.map((key) => <StatCard key={key} label={t(`home.count.${key}`)} value={f.number(counts[key])} testId={`count-${key}`} />);
}

function CountsSkeleton() {
  return (
    <>
      <LoadingStatus />
      {CARDS.map((key) => (
        <StatCardSkeleton key={key} />
      ))}
    </>
  );
}

export default function HomePage() {
  const t = useTranslations("home");
  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-3">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("heading")}</h1>
        <p className="leading-relaxed text-foreground">{t("intro")}</p>
      </div>

      <section aria-labelledby="counts-heading" className="space-y-4">
        <div>
          <h2 id="counts-heading" className="text-lg font-semibold text-brand-900">
            {t("countsHeading")}
          </h2>
          <p className="text-sm text-muted">{t("countsNote")}</p>
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
