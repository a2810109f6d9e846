// A dossier's story for its detail page: the events in order and the outcome with its reason,
// by calendar day in Việt Nam (DESIGN §5.2) as of the dashboards' "today".
import { outcomeAsOf, type DossierOutcome } from "./dossiers";
import { daysBetween, localDateOf, type LocalDate } from "./periods";

export type DossierStory = {
  receivedAt: Date;
  dueAt: Date;
  resolvedAt: Date | null;
  apologyIssuedAt: Date | null;
  rescheduleCount: number;
};

export type TimelineEvent = { kind: "received" | "apology" | "due" | "resolved"; at: Date };

/** The dated events, oldest first (the due date is a date, shown where it falls). */
export function timelineOf(dossier: DossierStory): TimelineEvent[] {
  const events: TimelineEvent[] = [
    { kind: "received", at: dossier.receivedAt },
    { kind: "due", at: dossier.dueAt },
  ];
  if (dossier.apologyIssuedAt) events.push({ kind: "apology", at: dossier.apologyIssuedAt });
  if (dossier.resolvedAt) events.push({ kind: "resolved", at: dossier.resolvedAt });
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Why a dossier has its outcome: the days compared and by how many days. */
export type OutcomeReason = {
  outcome: DossierOutcome;
  dueDay: LocalDate;
  /** the resolution day, or the as-of day for a dossier still open */
  comparedDay: LocalDate;
  /** whole days between the due day and the compared day (positive: after the due day) */
  days: number;
  /** the province's rules this dossier breaks (DESIGN §6) */
  missingApology: boolean;
  rescheduledTooOften: boolean;
};

export function outcomeReason(dossier: DossierStory, asOf: LocalDate): OutcomeReason {
  const outcome = outcomeAsOf(dossier, asOf);
  const dueDay = localDateOf(dossier.dueAt);
  const resolvedDay = dossier.resolvedAt === null ? null : localDateOf(dossier.resolvedAt);
  const comparedDay = resolvedDay !== null && resolvedDay <= asOf ? resolvedDay : asOf;
  const lateOrOverdue = outcome === "LATE" || outcome === "OVERDUE";
  return {
    outcome,
    dueDay,
    comparedDay,
    days: comparedDay >= dueDay ? daysBetween(dueDay, comparedDay) - 1 : 1 - daysBetween(comparedDay, dueDay),
    missingApology: lateOrOverdue && dossier.apologyIssuedAt === null,
    rescheduledTooOften: dossier.rescheduleCount > 1,
  };
}
