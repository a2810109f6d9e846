// One dossier: every field, its timeline, the outcome as of the dashboards' day and why, the
// province's rules it breaks, and (for inspectors) its inspection flags. Reached from a list, it
// keeps the list's parameters (period, drill path, filters): the breadcrumb and "back to the list"
// lead to the same period, and the handling official links to the dossiers they handled in it.
import type { Metadata } from "next";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { FlagsPanel } from "@/components/dossiers/flags-panel";
import { OutcomeBadge } from "@/components/dossiers/outcome-badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/session";
import { getIntl } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/translator";
import { outcomeReason, timelineOf } from "@/lib/metrics/dossier-timeline";
import { loadDossier, type DossierParams } from "./load";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { getDataSpan } from "@/lib/data/province/settings";
import { encodeCursor } from "@/lib/metrics/drill-down";
import { dossierListParams, drillSearch } from "@/lib/validations/dossier-params";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";

/** The list parameters a dossier page may carry: what makes "back to the list" mean something. */
const LIST_KEYS = ["period", "channel", "level", "units", "agency", "procedure", "official", "status", "cursor", "page"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("dossiers.detail.title") };
}

const yesNo = (t: Translator, value: boolean) => t(value ? "dossiers.detail.yes" : "dossiers.detail.no");

export default async function DossierPage({ params, searchParams }: { params: DossierParams; searchParams: Promise<SearchParams> }) {
  const [viewer, span, dossier, search, { t, f }] = await Promise.all([requireViewer(), getDataSpan(), params.then(({ id }) => loadDossier(id)), searchParams, getIntl()]);
  const asOf = span.asOf;
  const list = parseSearchParams(dossierListParams(span), search);
  const { query } = list;
  const fromList = LIST_KEYS.some((key) => search[key] !== undefined && search[key] !== "");
  const drill = drillSearch(query, {}, null);
  const backHref = `/dossiers/list${drillSearch(query, { agency: list.agency, procedure: list.procedure, official: list.official, status: list.status, ...(list.cursor ? { cursor: encodeCursor(list.cursor), page: list.page } : {}) }, null)}`;
  const official = dossier.handlingOfficial;
  const officialHref = official && can(viewer, "official.read")
    ? `/dossiers/list${drillSearch(query, { agency: dossier.agency.id, official: official.id }, null)}`
    : null;
  const reason = outcomeReason(dossier, asOf);
  // the days as the catalogue always showed them (no grouping): a dossier is never thousands of days late
  const reasonValues = { due: f.localDate(reason.dueDay), day: f.localDate(reason.comparedDay), days: String(Math.abs(reason.days)), asOf: f.localDate(asOf) };
  const fields: [string, string][] = [
    [t("dossiers.detail.code"), dossier.code],
    [t("dossiers.list.agency"), dossier.agency.name],
    [t("dossiers.detail.field"), dossier.procedure.field.name],
    [t("dossiers.list.procedure"), `${dossier.procedure.name} (${dossier.procedure.code})`],
    [t("dossiers.detail.level"), t(`dossiers.level.${dossier.procedure.level}`)],
    [t("dossiers.detail.statutoryDays"), f.number(dossier.procedure.statutoryDays)],
    [t("dossiers.list.channel"), t(`dossiers.channel.${dossier.channel}`)],

    [t("dossiers.detail.synced"), yesNo(t, dossier.syncedToNationalPortal)],
    [t("dossiers.detail.digitized"), yesNo(t, dossier.digitized)],
    [t("dossiers.detail.electronic"), yesNo(t, dossier.hasElectronicResult)],
    [t("dossiers.detail.apology"), dossier.apologyIssuedAt ? f.dateTime(dossier.apologyIssuedAt) : t("dossiers.detail.none")],
    [t("dossiers.detail.rescheduled"), f.number(dossier.rescheduleCount)],
  ];

  return (
    <div className="space-y-6">
      <Breadcrumb
        items={[
          { label: t("dossiers.province"), href: `/dossiers${drill}` },
          { label: dossier.agency.name, href: `/dossiers/agencies/${dossier.agency.id}${drill}` },
          { label: dossier.procedure.name, href: `/dossiers/agencies/${dossier.agency.id}/procedures/${dossier.procedure.id}${drill}` },
          { label: dossier.code },
        ]}
      />
      {fromList ? (
        <Link href={backHref} className="inline-block text-sm font-medium text-brand-700 underline underline-offset-4" data-testid="dossier-back">
          {t("dossiers.detail.back", { period: f.period(query.period) })}
        </Link>
      ) : null}
      <PageHeader title={t("dossiers.detail.heading", { code: dossier.code })} />
      <section aria-labelledby="outcome-heading" className="space-y-2 rounded-lg border border-border bg-surface p-4">
        <h2 id="outcome-heading" className="text-lg font-semibold text-brand-900">
          {t("dossiers.detail.outcome")} <OutcomeBadge outcome={reason.outcome} label={t(`dossiers.outcome.${reason.outcome}`)} />
        </h2>
        <p data-testid="outcome-reason">{t(`dossiers.reason.${reason.outcome}`, reasonValues)}</p>
        {reason.missingApology ? <p className="font-semibold text-accent-700">{t("dossiers.rule.noApology")}</p> : null}
        {reason.rescheduledTooOften ? <p className="font-semibold text-accent-700">{t("dossiers.rule.rescheduled", { count: String(dossier.rescheduleCount) })}</p> : null}
      </section>
      <Section id="timeline-heading" title={t("dossiers.detail.timeline")} className="space-y-2">
        <ol className="space-y-1 border-l-2 border-brand-100 pl-4" data-testid="timeline">
          {timelineOf(dossier).map((event) => (
            <li key={event.kind}>
              <span className="font-medium">{t(`dossiers.event.${event.kind}`)}</span>: {f.dateTime(event.at)}
            </li>
          ))}
          {dossier.rescheduleCount > 0 ? <li>{t("dossiers.event.rescheduled", { count: String(dossier.rescheduleCount) })}</li> : null}
          {dossier.resolvedAt ? null : <li>{t("dossiers.event.open", { asOf: f.localDate(asOf) })}</li>}
        </ol>
      </Section>
      <Section id="fields-heading" title={t("dossiers.detail.fields")} className="space-y-2">
        <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          {fields.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-muted">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          {official ? (
            <div className="contents">
              <dt className="font-medium text-muted">{t("dossiers.list.official")}</dt>
              <dd>
                {officialHref ? (
                  <Link href={officialHref} className="text-brand-700 underline underline-offset-4" data-testid="dossier-official">
                    {official.fullName} ({official.code})
                  </Link>
                ) : (
                  `${official.fullName} (${official.code})`
                )}
              </dd>
            </div>
          ) : null}
        </dl>
      </Section>
      <FlagsPanel viewer={viewer} target="DOSSIER" targetId={dossier.id} />
    </div>
  );
}
