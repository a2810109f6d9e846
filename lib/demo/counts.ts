// The calibration figures of DESIGN §5.1–§5.2 and what they become at a given demo scale.
// Each part is rounded on its own (never below 1), and the totals are the sums of the parts, so
// every figure a test or a screen checks is exact at every scale.

export const DOSSIER_CALIBRATION = { early: 728_384, onTime: 3_013_676, late: 12_514, pending: 7_132 } as const;
export const TASK_CALIBRATION = { onTime: 15_107, late: 1_104, notCompleted: 87 } as const;
/** Of the unfinished tasks, the share still within their deadline on 31/8/2024. */
const IN_PROGRESS_SHARE = 0.7;

export function scaled(count: number, scale: number): number {
  if (!(scale > 0)) throw new Error(`demo scale must be > 0 (got ${scale})`);
  return Math.max(1, Math.round(count * scale));
}

export type DossierCounts = { received: number; early: number; onTime: number; late: number; pending: number };
export type TaskCounts = { assigned: number; onTime: number; late: number; notCompleted: number; inProgress: number; overdue: number };

export function expectedDossierCounts(scale: number): DossierCounts {
  const early = scaled(DOSSIER_CALIBRATION.early, scale);
  const onTime = scaled(DOSSIER_CALIBRATION.onTime, scale);
  const late = scaled(DOSSIER_CALIBRATION.late, scale);
  const pending = scaled(DOSSIER_CALIBRATION.pending, scale);
  return { received: early + onTime + late + pending, early, onTime, late, pending };
}

export function expectedTaskCounts(scale: number): TaskCounts {
  const onTime = scaled(TASK_CALIBRATION.onTime, scale);
  const late = scaled(TASK_CALIBRATION.late, scale);
  const notCompleted = scaled(TASK_CALIBRATION.notCompleted, scale);
  const inProgress = Math.round(notCompleted * IN_PROGRESS_SHARE);
  return { assigned: onTime + late + notCompleted, onTime, late, notCompleted, inProgress, overdue: notCompleted - inProgress };
}
