// English messages of honest comparisons (same keys as compare-vi.ts).
export const compareEn = {
  "period.through": "{period} to {date}",
  "scorecard.picker.modeLabel": "Viewing by: {mode}",
  "scorecard.picker.mode.quarter": "quarter",
  "scorecard.picker.mode.year": "year",
  "scorecard.picker.mode.month": "month",
  "scorecard.picker.mode.range": "date range",
  "scorecard.partialNote":
    "Figures to {date}: the period has not ended, so it is compared with the same number of days ({days}) from the start of the previous period and of the same period a year earlier.",
  "params.rangeAfterData": "A date range must end on the data's day {asOf} at the latest (chosen: to {to}).",
  "dossiers.list.intro.overdue": "Dossiers received in {period} still unresolved and past due at the end of {date}, newest first.",
  "dossiers.list.overdueLink": "Dossiers overdue now",
  "dossiers.detail.back": "← Back to the dossier list ({period})",
} as const;
