// A dossier's outcome as a coloured badge; the label comes from the caller (the server's words, or a
// client table's: this file reads no catalogue, so the client bundle carries none).
import type { DossierOutcome } from "@/lib/metrics/dossiers";

const TONE: Record<DossierOutcome, string> = {
  EARLY: "bg-brand-50 text-brand-900",
  ON_TIME: "bg-brand-50 text-brand-900",
  PENDING: "bg-surface text-foreground border border-border",
  LATE: "bg-accent-100 text-accent-700",
  OVERDUE: "bg-accent-100 text-accent-700",
};

/** `label`: the catalogue's `dossiers.outcome.<outcome>` in the viewer's language. */
export function OutcomeBadge({ outcome, label }: { outcome: DossierOutcome; label: string }) {
  return <span className={`badge ${TONE[outcome]}`}>{label}</span>;
}
