// The public page's figures (issue 21, /cong-khai): the province's and each unit's service index and
// on-time rate, with no personal data — unit names and aggregate counts only, never an official, a
// citizen or a dossier code. Read only when the page is (re)generated: the page is kept in Next's
// full-route cache and regenerated at most once a minute (app/cong-khai/[ky]/page.tsx), so a news
// link read by thousands reads the database once a minute per period, never per view.
import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { getProvinceDossierCounts } from "@/lib/data/dossier-stats";
import { getServiceIndexConfig } from "@/lib/data/province/service-index-config";
import { getDataAsOf, getProvinceSetting } from "@/lib/data/province/settings";
import { getServiceIndexBoard, unsafeProcedureCountsByAgency } from "@/lib/data/service-index";
import { dossierFigures } from "@/lib/metrics/dossiers";
import { addMonths, firstOfMonth, monthPeriod, periodKey, type LocalDate } from "@/lib/metrics/periods";
import { unsafeEnteredValues } from "@/lib/data/service-index-entries";
import { entryPeriodKeys, pickEntries, sumEntries } from "@/lib/service-index/entered";
import { indexInputs } from "@/lib/service-index/inputs";
import { computeServiceIndex, type Band } from "@/lib/service-index/model";
import { indexPeriodOf, parseIndexPeriod, readablePeriod, type IndexPeriod } from "@/lib/service-index/periods";

export const PUBLIC_PAGE_SETTING = "public_page";

/**
 * The reader of the public figures: province-wide aggregates by unit, as every signed-in role reads
 * them (DESIGN §2). Scope: the public page shows only what publicFigures() copies out — unit names,
 * scores, rates and counts — never names of officials (the board holds none) nor dossiers.
 */
const PUBLIC_READER: Viewer = { userId: 0, role: "LEADER", agencyId: null };

export type PublicRow = { name: string; score: number | null; band: Band["code"] | null; onTime: number | null; toProcess: number };
export type PublicMonth = { key: string; month: LocalDate; score: number | null; onTime: number | null; toProcess: number };
export type PublicFigures = {
  provinceName: string;
  asOf: LocalDate;
  period: IndexPeriod;
  province: PublicRow;
  /** `groupEn`: the group's English name (null: the Vietnamese `group`) */
  units: { group: string | null; groupEn: string | null; rows: PublicRow[] }[];
  months: PublicMonth[];
};

const settingValue = z.object({ enabled: z.boolean() });

/** Whether the public page is on: setting `public_page` `{ enabled }`; on until someone turns it off. */
export async function isPublicPageEnabled(): Promise<boolean> {
  const row = await getDb().setting.findUnique({ where: { key: PUBLIC_PAGE_SETTING }, select: { value: true } });
  const parsed = settingValue.safeParse(row?.value);
  return parsed.success ? parsed.data.enabled : true;
}

export const publicDataAsOf = () => getDataAsOf();

async function monthSeries(asOf: LocalDate): Promise<PublicMonth[]> {
  const months = Array.from({ length: 12 }, (_, i) => addMonths(firstOfMonth(asOf), i - 11));
  const keysOf = (month: LocalDate) => entryPeriodKeys(indexPeriodOf("month", month));
  const [config, procedures, entries] = await Promise.all([
    getServiceIndexConfig(),
    unsafeProcedureCountsByAgency(),
    unsafeEnteredValues([...new Set(months.flatMap(keysOf))]),
  ]);
  const catalogue = [...procedures.values()].reduce((sum, p) => ({ active: sum.active + p.active, online: sum.online + p.online }), { active: 0, online: 0 });
  return Promise.all(
    months.map(async (month) => {
      const period = monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
      const read = month === firstOfMonth(asOf) ? { ...period, kind: "range" as const, to: asOf } : period;
      const counts = await getProvinceDossierCounts(PUBLIC_READER, read);
      const figures = counts ? dossierFigures(counts) : null;
      const entered = sumEntries([...entries.values()].map((list) => pickEntries(list, keysOf(month))));
      const index = counts ? computeServiceIndex(indexInputs(counts, catalogue, entered, config), config) : null;
      return { key: periodKey(period), month, score: index?.score ?? null, onTime: figures?.onTimeRate ?? null, toProcess: figures?.toProcess ?? 0 };
    }),
  );
}

async function publicFigures(key: string): Promise<PublicFigures | null> {
  const period = parseIndexPeriod(key);
  const asOf = await getDataAsOf();
  if (!period || !readablePeriod(period, asOf)) return null;
  const [board, province, months] = await Promise.all([getServiceIndexBoard(PUBLIC_READER, period, "today"), getProvinceSetting(), monthSeries(asOf)]);
  if (!board) return null;
  const onTime = (fraction: { numerator: number; denominator: number } | null) => (fraction && fraction.denominator > 0 ? fraction.numerator / fraction.denominator : null);
  const rowOf = (name: string, index: (typeof board)["province"]["index"], toProcess: number): PublicRow => ({
    name,
    score: index.score,
    band: index.band,
    onTime: onTime(index.indicators.find((i) => i.def.code === "2.1")?.fraction ?? null),
    toProcess,
  });
  return {
    provinceName: province.name,
    asOf,
    period,
    province: rowOf(province.name, board.province.index, board.province.counts.carriedOver + board.province.counts.received),
    units: board.groups.map((g) => ({
      group: g.group?.name ?? null,
      groupEn: g.group?.nameEn ?? null,
      rows: g.rows.map((r) => rowOf(r.agencyName, r.index, r.counts.carriedOver + r.counts.received)),
    })),
    months,
  };
}

/** The public figures of the period named by `key` (an index period key). */
export const getPublicFigures = publicFigures;
