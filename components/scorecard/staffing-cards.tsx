// Staffing cards (DESIGN §5.4): the quota in force against the 2021 baseline and the progress
// towards the 2026 cuts (−5 % administrative, −10 % public service), and the streamlining cases.
import Link from "next/link";
import type { Viewer } from "@/lib/auth/permissions";
import { getScorecardStaffing } from "@/lib/data/scorecard";
import { compareFigure } from "@/lib/metrics/scorecard";
import type { StaffingTargetProgress } from "@/lib/data/staffing";
import { ChangeLine } from "./change-line";
import { CARD_GRID } from "./section";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { getIntl } from "@/lib/i18n/server";

// the figure card's classes (app/globals.css)
const CARD = "card";

function DetailLink({ label }: { label: string }) {
  const t = useTranslations();
  return (
    <Link href="/staffing" className="card-more" data-print="hide">
      {t("scorecard.detail")}
      <span className="sr-only">: {label}</span>
    </Link>
  );
}

function TargetCard({ item }: { item: StaffingTargetProgress }) {
  const t = useTranslations();
  const f = useFormat();
  const { target, progress } = item;
  const label = t(`scorecard.staffing.category.${target.category}`);
  const share = progress.progress === null ? null : Math.max(0, Math.min(1, progress.progress));
  const cut = progress.achievedChange === null ? null : -progress.achievedChange;
  return (
    <div className={progress.onTrack === false ? `${CARD} border-l-accent-600` : CARD} data-print="keep" data-testid={`card-staffing-${target.category}`}>
      <dt className="card-label">{label}</dt>
      <dd className="mt-1 space-y-2 text-xs">
        <p className="card-figure">
          {progress.latestValue === null ? t("common.noData") : f.number(progress.latestValue)}
        </p>
        <p className="text-muted">
          {t("scorecard.staffing.quota", {
            year: progress.latestYear === null ? "–" : String(progress.latestYear),
            baselineYear: String(progress.baselineYear),
            baseline: progress.baselineValue === null ? t("common.noData") : f.number(progress.baselineValue),
          })}
        </p>
        {cut !== null && progress.achievedChangeRate !== null ? (
          <p>{t("scorecard.staffing.cut", { cut: f.number(cut), rate: f.percent(-progress.achievedChangeRate), baselineYear: String(progress.baselineYear) })}</p>
        ) : null}
        <p className="font-medium">
          {t("scorecard.target", {
            target: t("scorecard.staffing.targetCut", { value: `${f.number(target.value)} %`, year: String(target.targetYear), baselineYear: String(target.baselineYear) }),
          })}
        </p>
        {share !== null ? (
          <div>
            <div className="h-2 w-full overflow-hidden rounded bg-brand-100" aria-hidden="true">
              <div className="h-full bg-brand-600" style={{ width: `${share * 100}%` }} />
            </div>
            <p className="mt-1">{t("scorecard.staffing.progress", { progress: f.percent(progress.progress ?? 0, 1) })}</p>
          </div>
        ) : null}
        {progress.onTrack !== null ? (
          <p className={`font-semibold ${progress.onTrack ? "text-good" : "text-bad"}`}>
            {t(progress.onTrack ? "scorecard.staffing.onTrack" : "scorecard.staffing.offTrack")}
          </p>
        ) : null}
        <DetailLink label={label} />
      </dd>
    </div>
  );
}

export async function StaffingCards({ viewer }: { viewer: Viewer }) {
  const { t, f } = await getIntl();
  const data = await getScorecardStaffing(viewer);
  if (!data) return null;
  const years = data.streamlined;
  const total = years.reduce((sum, y) => sum + y.cases, 0);
  const latest = years.at(-1);
  const before = years.at(-2);
  const streamLabel = years.length
    ? t("scorecard.staffing.streamlined", { from: String(years[0]!.year), to: String(latest!.year) })
    : t("scorecard.staffing.streamlined", { from: "–", to: String(data.year) });
  const change = compareFigure(latest?.cases ?? null, before?.cases ?? null, before?.cases ?? null, null).vsPrevious;
  return (
    <dl className={CARD_GRID}>
      {data.targets.length === 0 ? <p className="text-sm text-muted">{t("scorecard.staffing.none")}</p> : null}
      {data.targets.map((item) => (
        <TargetCard key={item.target.id} item={item} />
      ))}
      <div className={CARD} data-print="keep" data-testid="card-staffing-streamlined">
        <dt className="card-label">{streamLabel}</dt>
        <dd className="mt-1 space-y-2 text-xs">
          <p className="card-figure">{f.number(total)}</p>
          {latest ? <p>{t("scorecard.staffing.streamlinedLatest", { year: String(latest.year), count: f.number(latest.cases) })}</p> : null}
          {latest && before ? (
            <ul>
              <ChangeLine change={change} format="count" against="previous" />
            </ul>
          ) : null}
          <DetailLink label={streamLabel} />
        </dd>
      </div>
    </dl>
  );
}
