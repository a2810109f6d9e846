// On an agency's page: the index components it answers for and how they moved, its yearly
// assessment history and its head-of-agency alerts. Reads through the viewer's scope.
import { AlertList } from "@/components/assessments/alert-list";
import { AssessmentHistory } from "@/components/assessments/assessment-tables";
import { requireViewer } from "@/lib/auth/session";
import { getAgencyAssessmentHistory } from "@/lib/data/assessments";
import { listOwnedComponents } from "@/lib/data/index-detail";
import { t } from "@/lib/i18n";
import { OwnedComponents } from "./owned-components";

export async function AgencyAccountability({ agencyId }: { agencyId: number }) {
  const viewer = await requireViewer();
  const [owned, history] = await Promise.all([listOwnedComponents(viewer, agencyId), getAgencyAssessmentHistory(viewer, agencyId)]);
  const alerts = [...history.alerts].reverse();
  return (
    <>
      <section aria-labelledby="agency-components" className="space-y-4">
        <h2 id="agency-components" className="text-lg font-semibold text-brand-900">{t("indices.agency.heading")}</h2>
        <OwnedComponents rows={owned} />
      </section>
      <section aria-labelledby="agency-alerts" className="space-y-4" data-testid="agency-alerts">
        <h2 id="agency-alerts" className="text-lg font-semibold text-brand-900">{t("assessments.alerts.heading")}</h2>
        <AlertList alerts={alerts} />
      </section>
      <section aria-labelledby="agency-assessment" className="space-y-4">
        <h2 id="agency-assessment" className="text-lg font-semibold text-brand-900">{t("assessments.history.heading")}</h2>
        <AssessmentHistory rows={history.rows} />
      </section>
    </>
  );
}
