// A report's figures for the tests of the CCHC report: the seed calibration of DESIGN §5.1–§5.2.
import type { ReportInput } from "@/lib/export/report/content";
import { dossierFigures } from "@/lib/metrics/dossiers";

const counts = (received: number, late: number) => ({
  carriedOver: 1_000, received, resolvedEarly: 728_384, resolvedOnTime: 3_013_676, resolvedLate: late, overdueAtEnd: 0,
  receivedOnline: 0, synced: 0, digitized: 0, electronic: 0,
});

export const INPUT: ReportInput = {
  province: "Khánh Hòa",
  unit: null,
  periodLabel: "Quý II/2024",
  previousLabel: "Quý I/2024",
  issuedAt: new Date("2026-02-04T20:00:00Z"),
  dataAsOf: "31/08/2024",
  dossiers: { current: dossierFigures(counts(3_761_706, 12_514)), previous: dossierFigures(counts(1_000, 0)) },
  tasks: { current: { assigned: 16_298, doneOnTime: 15_107, doneLate: 1_104, inProgress: 61, overdue: 26, onTimeRate: 15_107 / 16_298 }, previous: { assigned: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0, onTimeRate: null } },
  approved: [{ code: "TTHC_TOTAL", name: "Tổng số thủ tục hành chính", value: "1.777", reports: 91 }],
  approvedReports: 91,
  agencies: [
    { name: "Sở Y tế", toProcess: 100, lateRate: 0.125, taskOnTimeRate: 0.9, breaksLateRule: true },
    { name: "Sở Tư pháp", toProcess: 200, lateRate: 0.01, taskOnTimeRate: null, breaksLateRule: false },
  ],
  unitValues: [],
};

