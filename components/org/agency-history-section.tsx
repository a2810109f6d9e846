// An agency's history on its page: the acts that led from it to today's units, the units it
// succeeded, and its dossier figures year by year — by today's units (its predecessors' part
// included) beside its own — so that the years before and after a merger read side by side.
import Link from "next/link";
import type { Viewer } from "@/lib/auth/permissions";
import { getAgencyHistory } from "@/lib/data/agency-history";
import { getIntl } from "@/lib/i18n/server";

export async function AgencyHistorySection({ viewer, agencyId, firstYear }: { viewer: Viewer; agencyId: number; firstYear: number }) {
  const [history, { t, f }] = await Promise.all([getAgencyHistory(viewer, agencyId, firstYear), getIntl()]);
  if (!history) return null;
  const rate = (value: number | null) => (value === null ? t("common.noData") : f.percent(value));
  const withToday = history.years.some((y) => y.today !== null);
  return (
    <section aria-labelledby="agency-history" className="space-y-4" data-testid="agency-history">
      <h2 id="agency-history" className="text-lg font-semibold text-brand-900">{t("org.agency.historyHeading")}</h2>
      {history.chain.length > 0 ? (
        <ol className="list-decimal space-y-1 pl-6 text-sm" data-testid="agency-chain">
          {history.chain.map((step, i) => (
            <li key={i}>
              {t("org.agency.step", { from: step.from, date: f.localDate(step.effectiveOn), kind: t(`org.kind.${step.kind}`) })}{" "}
              {step.to.length === 0
                ? t("org.history.noSuccessor")
                : step.to.map((unit, k) => (
                    <span key={unit.id}>
                      {k > 0 ? ", " : ""}
                      <Link href={`/agencies/${unit.id}`} className="text-brand-700 underline">{unit.name}</Link>
                      {unit.share < 1 ? ` (${f.percent(unit.share, 1)})` : ""}
                    </span>
                  ))}
            </li>
          ))}
        </ol>
      ) : null}
      {history.predecessors.length > 0 ? (
        <div className="text-sm" data-testid="agency-predecessors">
          <p className="font-medium">{t("org.history.carries", { count: history.predecessors.length })}</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {history.predecessors.map((unit) => (
              <li key={unit.id}>
                <Link href={`/agencies/${unit.id}`} className="text-brand-700 underline">{unit.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {history.years.length > 0 ? (
        <div className="overflow-x-auto rounded-lg border border-border bg-surface">
          <table className="min-w-full text-sm" data-testid="agency-years">
            <caption className="sr-only">{t("org.agency.yearsCaption")}</caption>
            <thead className="bg-brand-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">{t("org.agency.year")}</th>
                {withToday ? (
                  <>
                    <th scope="col" className="px-3 py-2 text-right">{t("org.agency.todayReceived")}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t("org.agency.todayLate")}</th>
                  </>
                ) : null}
                <th scope="col" className="px-3 py-2 text-right">{t("org.agency.ownReceived")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("org.agency.ownLate")}</th>
              </tr>
            </thead>
            <tbody>
              {history.years.map((y) => (
                <tr key={y.year} className="border-t border-border" data-testid={`agency-year-${y.year}`}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">{y.year}</th>
                  {withToday ? (
                    <>
                      <td className="px-3 py-2 text-right tabular-nums" data-testid="today-received">{y.today ? f.number(y.today.received) : ""}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{y.today ? rate(y.today.lateRate) : ""}</td>
                    </>
                  ) : null}
                  <td className="px-3 py-2 text-right tabular-nums" data-testid="own-received">{f.number(y.own.received)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{rate(y.own.lateRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
