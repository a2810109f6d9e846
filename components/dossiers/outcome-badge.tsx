import { t } from "@/lib/i18n";
import type { DossierOutcome } from "@/lib/metrics/dossiers";

const TONE: Record<DossierOutcome, string> = {
  EARLY: "bg-brand-50 text-brand-900",
  ON_TIME: "bg-brand-50 text-brand-900",
  PENDING: "bg-surface text-foreground border border-border",
  LATE: "bg-accent-100 text-accent-700",
  OVERDUE: "bg-accent-100 text-accent-700",
};

export function OutcomeBadge({ outcome }: { outcome: DossierOutcome }) {
  return <span className={`badge ${TONE[outcome]}`}>{t(`dossiers.outcome.${outcome}`)}</span>;
}
