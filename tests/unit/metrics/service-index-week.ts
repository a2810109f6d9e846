// The hand-made week of the service index tests (service-index.test.ts works out every figure).
import type { DossierRecord } from "@/lib/metrics/dossiers";

const at = (iso: string) => new Date(iso);
const base = { syncedToNationalPortal: false, digitized: false, hasElectronicResult: false } as const;

// Week 47 of 2026 is Monday 16/11 – Sunday 22/11 in Việt Nam (UTC+7).
export const WEEK: DossierRecord[] = [
  // A: received Sunday 15/11 23:30 (week 46): carried over; resolved on its due day → on time
  { ...base, channel: "IN_PERSON", receivedAt: at("2026-11-15T23:30:00+07:00"), dueAt: at("2026-11-18T17:00:00+07:00"), resolvedAt: at("2026-11-18T09:00:00+07:00") },
  // B: Monday 00:10 in Việt Nam is still Sunday 17:10 UTC: in week 47; early; synced, digitised, electronic
  { channel: "ONLINE", syncedToNationalPortal: true, digitized: true, hasElectronicResult: true, receivedAt: at("2026-11-15T17:10:00Z"), dueAt: at("2026-11-20T17:00:00+07:00"), resolvedAt: at("2026-11-17T10:00:00+07:00") },
  // C: resolved two days after its due day → late; synced, digitised
  { ...base, channel: "IN_PERSON", syncedToNationalPortal: true, digitized: true, receivedAt: at("2026-11-17T10:00:00+07:00"), dueAt: at("2026-11-19T17:00:00+07:00"), resolvedAt: at("2026-11-21T08:00:00+07:00") },
  // D: unresolved, due Friday 20/11 → overdue at the week's end
  { ...base, channel: "POSTAL", receivedAt: at("2026-11-18T08:00:00+07:00"), dueAt: at("2026-11-20T17:00:00+07:00"), resolvedAt: null },
  // E: online, synced, due next week → pending
  { ...base, channel: "ONLINE", syncedToNationalPortal: true, receivedAt: at("2026-11-20T08:00:00+07:00"), dueAt: at("2026-11-27T17:00:00+07:00"), resolvedAt: null },
  // F: Sunday 23:59 in Việt Nam: the week's last minute → received in week 47, pending
  { ...base, channel: "IN_PERSON", receivedAt: at("2026-11-22T23:59:00+07:00"), dueAt: at("2026-11-30T17:00:00+07:00"), resolvedAt: null },
  // G: Monday 23/11 00:00 in Việt Nam: week 48, not counted
  { ...base, channel: "ONLINE", syncedToNationalPortal: true, receivedAt: at("2026-11-22T17:00:00Z"), dueAt: at("2026-11-30T17:00:00+07:00"), resolvedAt: null },
];

