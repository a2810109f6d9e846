// The demo's administrative-procedure catalogue: 1,777 procedures, 1,068 of them offered online
// (540 fully, 528 partly), the size of Ninh Thuận's published list in 2024. Built
// deterministically from the field specifications; the totals are exact by construction.
import type { AdminLevel, OnlineLevel } from "../generated/prisma/enums";
import { AGENCIES } from "./organisation";
import { FIELD_SPECS, type FieldSpec, type LevelKey } from "./procedure-fields";
import { Random } from "./random";
import { apportion } from "./sampling";

export type AdminLevelCode = AdminLevel;
export type OnlineLevelCode = OnlineLevel;

export type ProcedureSeed = {
  code: string;
  name: string;
  fieldIndex: number;
  level: AdminLevelCode;
  onlineLevel: OnlineLevelCode;
  statutoryDays: number;
  /** owning department (province-level procedures only) */
  ownerCode: string | null;
  /** share of its level's dossiers (sums to 1 per level) */
  weight: number;
  earlyFactor: number;
  lateFactor: number;
};

export const PROCEDURE_TARGETS = {
  total: 1777,
  byLevel: { PROVINCE: 1285, DISTRICT: 318, COMMUNE: 174 } as Record<AdminLevelCode, number>,
  online: 1068,
  full: 540,
  partial: 528,
} as const;

const LEVELS: ReadonlyArray<[LevelKey, AdminLevelCode, string]> = [
  ["P", "PROVINCE", "T"],
  ["D", "DISTRICT", "H"],
  ["C", "COMMUNE", "X"],
];

export const PROCEDURE_FIELDS: ReadonlyArray<{ code: string; name: string }> = FIELD_SPECS.map(({ code, name }) => ({ code, name }));

// Real catalogues list the same licence several times: issue, re-issue, amend, extend, exchange.
const LICENCE_VARIANTS = ["Cấp lại ", "Điều chỉnh ", "Gia hạn ", "Cấp đổi "];

function procedureName(names: readonly string[], i: number): string {
  const base = names[i % names.length]!;
  const round = Math.floor(i / names.length);
  if (round === 0) return base;
  const isLicence = base.startsWith("Cấp ") && !/^Cấp (lại|đổi) /.test(base);
  if (isLicence && round - 1 < LICENCE_VARIANTS.length) return LICENCE_VARIANTS[round - 1] + base.slice("Cấp ".length);
  return `${base} (trường hợp ${round + 1})`;
}

function namesFor(spec: FieldSpec, key: LevelKey): readonly string[] {
  const names = spec.names[key] ?? spec.names.all ?? Object.values(spec.names).find((list) => list && list.length > 0);
  if (!names || names.length === 0) throw new Error(`procedure field ${spec.code}: no names`);
  return names;
}

function statutoryDays(spec: FieldSpec, key: LevelKey, rank: number, random: Random): number {
  const [lo, hi] = spec.days;
  // commune and district offices get the short end of a field's range
  const top = key === "C" ? lo + Math.ceil((hi - lo) / 3) : key === "D" ? lo + Math.ceil((2 * (hi - lo)) / 3) : hi;
  return rank === 0 ? lo : random.int(lo, top);
}

function build(): ProcedureSeed[] {
  const random = new Random().fork("procedures");
  const departmentCodes = new Set(AGENCIES.filter((a) => a.kind === "DEPARTMENT").map((a) => a.code));
  const procedures: (ProcedureSeed & { score: number })[] = [];
  for (const [key, level, letter] of LEVELS) {
    const fields = FIELD_SPECS.map((spec, fieldIndex) => ({ spec, fieldIndex })).filter(({ spec }) => spec.count[key] !== undefined);
    const counts = apportion(PROCEDURE_TARGETS.byLevel[level], fields.map(({ spec }) => spec.count[key] ?? 0));
    const volumeTotal = fields.reduce((sum, { spec }) => sum + (spec.volume[key] ?? 0), 0);
    fields.forEach(({ spec, fieldIndex }, k) => {
      if (key === "P" && !departmentCodes.has(spec.owner)) throw new Error(`procedure field ${spec.code}: unknown department ${spec.owner}`);
      const n = counts[k]!;
      const names = namesFor(spec, key);
      // a few procedures draw most dossiers (khai sinh, chứng thực bản sao): Zipf-like within the field
      const zipf = Array.from({ length: n }, (_, rank) => 1 / (rank + 1) ** 1.4);
      const zipfSum = zipf.reduce((s, z) => s + z, 0);
      for (let rank = 0; rank < n; rank += 1) {
        const popular = rank < 3 ? 0.6 - rank * 0.15 : 0;
        procedures.push({
          code: `${letter}-${spec.code}-${String(rank + 1).padStart(3, "0")}`,
          name: procedureName(names, rank),
          fieldIndex,
          level,
          onlineLevel: "NONE",
          statutoryDays: statutoryDays(spec, key, rank, random),
          ownerCode: key === "P" ? spec.owner : null,
          weight: ((spec.volume[key] ?? 0) / volumeTotal) * (zipf[rank]! / zipfSum),
          earlyFactor: spec.early ?? 1,
          lateFactor: spec.late ?? 1,
          score: spec.online + popular + (random.next() - 0.5) * 0.7,
        });
      }
    });
  }
  // The busiest procedures of online-minded fields went online first; the exact split is the
  // province's published count.
  const byScore = [...procedures].sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const online = byScore.slice(0, PROCEDURE_TARGETS.online);
  const fullScore = new Map(online.map((p) => [p, FIELD_SPECS[p.fieldIndex]!.online + random.next() * 0.8]));
  online.sort((a, b) => fullScore.get(b)! - fullScore.get(a)! || a.code.localeCompare(b.code));
  online.forEach((p, i) => (p.onlineLevel = i < PROCEDURE_TARGETS.full ? "FULL" : "PARTIAL"));
  return procedures.map(({ score, ...p }) => {
    void score;
    return p;
  });
}

export const PROCEDURES: readonly ProcedureSeed[] = build();
