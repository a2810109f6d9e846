// Decision 766/QĐ-TTg service index (DESIGN §5.3, reference/indices.md §6): what is scored, on how
// many points, against which target, and how a rate becomes points. Pure and data-driven: the
// indicators, their points, targets and the bands are a configuration (DEFAULT_CONFIG, overridden
// by the setting `service_index_config`), because all but a few of them are not confirmed (§6.1).
// The UI shows the portal's six groups; each maps back to one of the decision's five legal groups.

/** The portal's six groups (DVCQG), in its order. */
export const PORTAL_GROUPS = ["transparency", "progress", "onlineService", "onlinePayment", "digitisation", "satisfaction"] as const;
export type PortalGroup = (typeof PORTAL_GROUPS)[number];

/** The decision's five legal groups (§6.1): the portal splits legal group 4 into service and payment. */
export const LEGAL_GROUP_OF: Record<PortalGroup, 1 | 2 | 3 | 4 | 5> = {
  transparency: 1,
  progress: 2,
  digitisation: 3,
  onlineService: 4,
  onlinePayment: 4,
  satisfaction: 5,
};

/**
 * Where an indicator's inputs come from: the dossier rollups, the procedure catalogue, or a value
 * Home Affairs enters per period (with its source) because no system of ours holds it.
 */
export type IndicatorSource = "dossiers" | "procedures" | "entered";

export type IndicatorDef = {
  code: string;
  group: PortalGroup;
  /** points at full score */
  points: number;
  /** the rate at or above which the indicator scores full points; null: points = rate × points */
  target: number | null;
  source: IndicatorSource;
  /** whether the points and target are confirmed by a published source (§6.1 [C]) */
  confirmed: boolean;
};

export type Band = { code: "EXCELLENT" | "GOOD" | "FAIR" | "AVERAGE" | "WEAK"; min: number; confirmed: boolean };

export type ServiceIndexConfig = { indicators: readonly IndicatorDef[]; bands: readonly Band[] };

/**
 * The scoring used until the decision's technical guide is confirmed: group maxima 18/20/12/10/22/18
 * are confirmed (§6.1), as are 1.2 = 4, 2.1 = 20 and 5.4 = 6 points; the other split of a group's
 * points and the targets 80 % / 50 % / 90 % come from the guide's transcription [U].
 */
export const DEFAULT_CONFIG: ServiceIndexConfig = {
  indicators: [
    { code: "1.1", group: "transparency", points: 4, target: null, source: "entered", confirmed: false },
    { code: "1.2", group: "transparency", points: 4, target: null, source: "entered", confirmed: true },
    { code: "1.3", group: "transparency", points: 4, target: null, source: "entered", confirmed: false },
    { code: "1.4", group: "transparency", points: 6, target: null, source: "dossiers", confirmed: false },
    { code: "2.1", group: "progress", points: 20, target: null, source: "dossiers", confirmed: true },
    { code: "3.1", group: "onlineService", points: 6, target: 0.8, source: "procedures", confirmed: false },
    { code: "3.3", group: "onlineService", points: 6, target: 0.5, source: "dossiers", confirmed: false },
    { code: "3.5", group: "onlinePayment", points: 5, target: 0.8, source: "entered", confirmed: false },
    { code: "3.6", group: "onlinePayment", points: 5, target: null, source: "entered", confirmed: false },
    { code: "4.1", group: "digitisation", points: 8, target: null, source: "dossiers", confirmed: false },
    { code: "4.2", group: "digitisation", points: 8, target: 0.8, source: "dossiers", confirmed: false },
    { code: "4.3", group: "digitisation", points: 6, target: 0.8, source: "entered", confirmed: false },
    { code: "5.2", group: "satisfaction", points: 6, target: null, source: "entered", confirmed: false },
    { code: "5.3", group: "satisfaction", points: 6, target: null, source: "entered", confirmed: false },
    { code: "5.4", group: "satisfaction", points: 6, target: 0.9, source: "dossiers", confirmed: true },
  ],
  // ≥ 90 and < 50 are confirmed; the middle bands are the likely ones (§6.1 [U])
  bands: [
    { code: "EXCELLENT", min: 90, confirmed: true },
    { code: "GOOD", min: 80, confirmed: false },
    { code: "FAIR", min: 70, confirmed: false },
    { code: "AVERAGE", min: 50, confirmed: false },
    { code: "WEAK", min: 0, confirmed: true },
  ],
};

/** A rate's inputs: numerator ÷ denominator. */
export type Fraction = { numerator: number; denominator: number };

/** Round to 2 decimals, as the portal does (§6.2). */
export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/**
 * The target rule (§6.2): full points at or above the target, rate × points ÷ target below it; no
 * target: rate × points. A rate without a denominator scores nothing and counts as N/A (null).
 */
export function pointsFor(rate: number | null, def: Pick<IndicatorDef, "points" | "target">): number | null {
  if (rate === null) return null;
  if (def.target === null) return round2(Math.min(1, rate) * def.points);
  if (rate >= def.target) return def.points;
  return round2((rate * def.points) / def.target);
}

export function rateOf(fraction: Fraction | null): number | null {
  if (fraction === null || fraction.denominator === 0) return null;
  return fraction.numerator / fraction.denominator;
}

export type IndicatorScore = {
  def: IndicatorDef;
  /** null: not available — no denominator, or an entered value not entered for the period */
  fraction: Fraction | null;
  rate: number | null;
  points: number | null;
  /** the points this indicator costs: full points − points (0 when N/A: nothing is known) */
  lost: number;
};

export type GroupScore = { group: PortalGroup; legalGroup: number; points: number; assessable: number; max: number };

export type ServiceIndex = {
  indicators: IndicatorScore[];
  groups: GroupScore[];
  /** Σ points of the indicators that have data */
  earned: number;
  /** Σ full points of the indicators that have data */
  assessable: number;
  /**
   * the index on 100: earned ÷ assessable × 100, so that indicators nobody can measure yet neither
   * add nor cost points; null when no indicator has data
   */
  score: number | null;
  band: Band["code"] | null;
};

export function bandOf(score: number | null, bands: readonly Band[]): Band["code"] | null {
  if (score === null) return null;
  const ordered = [...bands].sort((a, b) => b.min - a.min);
  return (ordered.find((band) => score >= band.min) ?? ordered.at(-1))?.code ?? null;
}

/** The index from each indicator's inputs (by code; a missing code is N/A). */
export function computeServiceIndex(inputs: ReadonlyMap<string, Fraction | null>, config: ServiceIndexConfig = DEFAULT_CONFIG): ServiceIndex {
  const indicators = config.indicators.map((def): IndicatorScore => {
    const fraction = inputs.get(def.code) ?? null;
    const rate = rateOf(fraction);
    const points = pointsFor(rate, def);
    return { def, fraction, rate, points, lost: points === null ? 0 : round2(def.points - points) };
  });
  const groups = PORTAL_GROUPS.map((group): GroupScore => {
    const own = indicators.filter((i) => i.def.group === group);
    return {
      group,
      legalGroup: LEGAL_GROUP_OF[group],
      points: round2(own.reduce((sum, i) => sum + (i.points ?? 0), 0)),
      assessable: own.reduce((sum, i) => sum + (i.points === null ? 0 : i.def.points), 0),
      max: own.reduce((sum, i) => sum + i.def.points, 0),
    };
  });
  const earned = round2(groups.reduce((sum, g) => sum + g.points, 0));
  const assessable = groups.reduce((sum, g) => sum + g.assessable, 0);
  const score = assessable === 0 ? null : round2((earned / assessable) * 100);
  return { indicators, groups, earned, assessable, score, band: bandOf(score, config.bands) };
}

/** The indicators that cost the most points, costliest first (ties: by code). */
export function costliest(index: ServiceIndex): IndicatorScore[] {
  return index.indicators.filter((i) => i.lost > 0).sort((a, b) => b.lost - a.lost || a.def.code.localeCompare(b.def.code));
}

/**
 * Positions within a ranking: higher score first; equal scores share a position (1, 2, 2, 4);
 * units without a score come last without a position.
 */
export function rankByScore<R extends { score: number | null }>(rows: readonly R[]): (R & { position: number | null })[] {
  const scored = rows.filter((r) => r.score !== null).sort((a, b) => b.score! - a.score!);
  const ranked = scored.map((row) => ({ ...row, position: 0 }));
  ranked.forEach((row, i) => {
    row.position = i > 0 && ranked[i - 1]!.score === row.score ? ranked[i - 1]!.position : i + 1;
  });
  return [...ranked, ...rows.filter((r) => r.score === null).map((row) => ({ ...row, position: null }))];
}
