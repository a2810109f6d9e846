// A hand-made set of dossiers around the second quarter of 2024 (times in +07:00), shared by the
// metrics unit test and the rollup integration test. What each one is for, in Quý II/2024:
//   A carried over from Q1, resolved exactly on its due day      → on time
//   B received in Q2, resolved the day before its due day         → early (online, synced)
//   C received in Q2, resolved two days after its due day         → late (digitised)
//   D received in Q2, due 28/06, unresolved                       → overdue at the end
//   E received in Q2, due 03/07, unresolved                       → pending at the end
//   F received and resolved in Q1                                 → not in Q2 at all
//   G received at 23:59:59 on 30/06 (the quarter's last second)   → received in Q2, pending
//   H received at 00:00 on 01/07 (the next quarter's first instant)→ not in Q2
//   I carried over, resolved at 00:30 on 01/04 after its due day  → late in Q2
//   J carried over, due 01/03, never resolved                     → overdue at the end
import type { DossierRecord } from "@/lib/metrics/dossiers";

const at = (local: string) => new Date(`${local}+07:00`);

export type FixtureDossier = DossierRecord & { code: string };

function dossier(
  code: string,
  received: string,
  due: string,
  resolved: string | null,
  extra: Partial<DossierRecord> = {},
): FixtureDossier {
  return {
    code,
    receivedAt: at(received),
    dueAt: at(due),
    resolvedAt: resolved === null ? null : at(resolved),
    channel: "IN_PERSON",
    syncedToNationalPortal: false,
    digitized: false,
    hasElectronicResult: false,
    ...extra,
  };
}

export const FIXTURE: FixtureDossier[] = [
  dossier("A", "2024-03-20T10:00:00", "2024-04-05T17:00:00", "2024-04-05T09:00:00"),
  dossier("B", "2024-04-02T08:00:00", "2024-04-10T17:00:00", "2024-04-09T15:00:00", {
    channel: "ONLINE",
    syncedToNationalPortal: true,
    hasElectronicResult: true,
  }),
  dossier("C", "2024-05-15T08:00:00", "2024-05-20T17:00:00", "2024-05-22T10:00:00", { digitized: true }),
  dossier("D", "2024-06-25T08:00:00", "2024-06-28T17:00:00", null, { channel: "POSTAL" }),
  dossier("E", "2024-06-29T08:00:00", "2024-07-03T17:00:00", null),
  dossier("F", "2024-03-01T08:00:00", "2024-03-10T17:00:00", "2024-03-09T08:00:00"),
  dossier("G", "2024-06-30T23:59:59.999", "2024-07-05T17:00:00", null, { channel: "ONLINE" }),
  dossier("H", "2024-07-01T00:00:00", "2024-07-04T17:00:00", null),
  dossier("I", "2024-03-25T08:00:00", "2024-03-29T17:00:00", "2024-04-01T00:30:00"),
  dossier("J", "2024-02-01T08:00:00", "2024-03-01T17:00:00", null),
];
