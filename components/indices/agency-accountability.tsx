// On an agency's page: the index components it answers for and how they moved, its yearly
// assessment history and its head-of-agency alerts. Reads through the viewer's scope.
import { AlertList } from "@/components/assessments/alert-list";
import { AssessmentHistory } from "@/components/assessments/assessment-tables";
import { requireViewer } from "@/lib/auth/session";
import { getAgencyAssessmentHistory } from "@/lib/data/assessments";
import { listOwnedComponents } from "@/lib/data/index-detail";
import { getIntl } from "@/lib/i18n/server";
import { Section } from "@/components/ui/section";
import { OwnedComponents } from "./owned-components";

export async function AgencyAccountability({ agencyId }: { agencyId: number }) {
  const viewer = await requireViewer();
  const [owned, history, { t }] = await Promise.all([listOwnedComponents(viewer, agencyId), getAgencyAssessmentHistory(viewer, agencyId), getIntl()]);
  const alerts = [...history.alerts].reverse();
  return (
    <>
      <Section id="agency-components" title={t("indices.agency.heading")} className="space-y-4">
        <OwnedComponents rows={owned} />
      </Section>
      <Section id="agency-alerts" title={t("assessments.alerts.heading")} className="space-y-4" testId="agency-alerts">
        <AlertList alerts={alerts} />
      </Section>
      <Section id="agency-assessment" title={t("assessments.history.heading")} className="space-y-4">
        <AssessmentHistory rows={history.rows} />
      </Section>
    </>
  );
}
