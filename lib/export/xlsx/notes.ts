// The filters and definitions sheets share: the period and unit every export names, and the
// dossier definitions of DESIGN §5.2 that every dossier table uses, in the reader's language.
import { DEFAULT_UNITS_VIEW, type UnitsView } from "@/lib/org/views";
import type { Translator } from "@/lib/i18n/translator";

type Pair = readonly [string, string];

export function baseFilters(t: Translator, period: string, unit: string, extra: readonly (Pair | null | false | undefined)[] = []): Pair[] {
  return [[t("export.title.period"), period], [t("export.title.unit"), unit], ...extra.filter((pair): pair is Pair => Boolean(pair))];
}

export function dossierDefinitions(t: Translator): Pair[] {
  return [
    [t("dossiers.list.outcome"), t("export.def.dossierOutcome")],
    [t("dossiers.col.toProcess"), t("export.def.dossierToProcess")],
    [t("dossiers.col.lateRate"), t("export.def.dossierLateRate")],
    [t("export.title.unit"), t("export.def.scope")],
  ];
}

/** The units view as a filter line, when not the default (today's units). */
export function unitsViewFilter(t: Translator, view: UnitsView | undefined): Pair | null {
  return view && view !== DEFAULT_UNITS_VIEW ? [t("org.view.heading").replace(/:$/, ""), t(`org.view.${view}`)] : null;
}
