// A small province with every kind of reorganisation line (hand-made, times in +07:00):
//   1 Xã A, 2 Xã B                 under district 10 → merged into 3 Xã AB on 01/07/2025
//   7 Xã C                         under district 10 → moved to district 11 on 01/11/2024 → merged into 3 on 01/07/2025
//   8 Xã D                         closed mid-quarter: absorbed by 9 Xã E (which continues) on 16/08/2024
//   4 Sở Lao động                  split into 5 Sở Nội vụ (60 %) and 6 Sở Y tế (40 %) on 01/03/2025
//   10, 11 districts               abolished on 01/07/2025: 10's history to 3, 11's to nobody
import type { DossierRecord } from "@/lib/metrics/dossiers";
import { Succession } from "@/lib/org/succession";
import type { OrgLine, OrgUnit } from "@/lib/org/types";

const unit = (id: number, validFrom: string, validTo: string | null, parentId: number | null = null): OrgUnit => ({ id, validFrom, validTo, parentId });

export const UNITS: OrgUnit[] = [
  unit(1, "2021-01-01", "2025-06-30", 10),
  unit(2, "2021-01-01", "2025-06-30", 10),
  unit(3, "2025-07-01", null),
  unit(4, "2021-01-01", "2025-02-28"),
  unit(5, "2025-03-01", null),
  unit(6, "2021-01-01", null),
  unit(7, "2021-01-01", "2025-06-30", 11),
  unit(8, "2021-01-01", "2024-08-15", 10),
  unit(9, "2021-01-01", null, 10),
  unit(10, "2021-01-01", "2025-06-30"),
  unit(11, "2021-01-01", "2025-06-30"),
];

const line = (kind: OrgLine["kind"], predecessorId: number, successorId: number | null, share: number, effectiveOn: string, extra: Partial<OrgLine> = {}): OrgLine => ({
  kind, predecessorId, successorId, share, effectiveOn, ...extra,
});

export const LINES: OrgLine[] = [
  line("MERGE", 1, 3, 1, "2025-07-01"),
  line("MERGE", 2, 3, 1, "2025-07-01"),
  line("MERGE", 7, 3, 1, "2025-07-01"),
  line("TRANSFER", 7, 7, 1, "2024-11-01", { fromParentId: 10, toParentId: 11 }),
  line("MERGE", 8, 9, 1, "2024-08-16"),
  line("SPLIT", 4, 5, 0.6, "2025-03-01"),
  line("SPLIT", 4, 6, 0.4, "2025-03-01"),
  line("ABOLISH", 10, 3, 1, "2025-07-01"),
  line("ABOLISH", 11, null, 1, "2025-07-01"),
];

export const succession = () => new Succession(UNITS, LINES);

export type Row = DossierRecord & { agencyId: number };

const at = (local: string) => new Date(`${local}T10:00:00+07:00`);

function row(agencyId: number, received: string, due: string, resolved: string | null): Row {
  return {
    agencyId, receivedAt: at(received), dueAt: at(due), resolvedAt: resolved === null ? null : at(resolved),
    channel: "IN_PERSON", syncedToNationalPortal: false, digitized: false, hasElectronicResult: false,
  };
}

export const DOSSIERS: Row[] = [
  // around 01/07/2025
  row(1, "2025-06-10", "2025-06-12", "2025-06-11"), // early
  row(1, "2025-06-25", "2025-07-03", "2025-07-05"), // late, resolved after the unit closed: stays with A
  row(2, "2025-06-20", "2025-06-25", null), // overdue
  row(3, "2025-07-02", "2025-07-10", "2025-07-10"), // on time
  row(3, "2025-07-20", "2025-08-05", null), // pending at 31/07
  row(10, "2025-06-02", "2025-06-30", "2025-06-30"), // on time
  row(11, "2025-06-05", "2025-06-06", "2025-06-10"), // late: nobody carries district 11
  // Q4/2024: the department that splits
  row(4, "2024-10-01", "2024-10-10", "2024-10-02"),
  row(4, "2024-10-02", "2024-10-10", "2024-10-03"),
  row(4, "2024-10-03", "2024-10-10", "2024-10-04"),
  row(4, "2024-10-04", "2024-10-10", "2024-10-10"),
  row(4, "2024-10-05", "2024-10-10", "2024-10-15"),
  // Q3/2024: Xã D closes on 15/08, Xã E absorbs it; Xã C is still under district 10
  row(8, "2024-07-10", "2024-07-20", "2024-07-15"), // early
  row(8, "2024-08-14", "2024-08-16", "2024-08-20"), // late, resolved after Xã D closed
  row(9, "2024-09-01", "2024-09-05", "2024-09-05"), // on time
  row(7, "2024-09-10", "2024-09-12", "2024-09-11"), // early
  row(7, "2024-11-10", "2024-11-12", "2024-11-12"), // on time, under district 11
];
