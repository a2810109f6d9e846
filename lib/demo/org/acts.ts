// The reorganisations the demo records (reference/indices.md §8), as acts with their lines by unit
// code. Commune lines come from the compositions of NQ 1198 and NQ 1667; department lines divide a
// department's history among the units that took over its fields, by the fields' dossier volumes;
// a district's history goes to the new communes of its territory by their workload. Acts whose
// number, date or mapping could not be confirmed are marked synthetic (demo data). Pure.
import type { LineKind } from "../../org/types";
import { KH_COMMUNES, KH_DEPARTMENTS, KH_DEPARTMENTS_2025, KH_DISTRICTS } from "./khanh-hoa-old";
import { NEW_COMMUNES, NEW_COMMUNE_UNITS, NEW_DEPARTMENTS } from "./khanh-hoa-2025";
import { NT_COMMUNES, NT_DEPARTMENTS, NT_DEPARTMENTS_2025, NT_DISTRICTS, NT_MERGED_2024 } from "./ninh-thuan";
import { baseCommuneWeight, departmentFor, FIELD_CODES, provincialFieldVolume } from "./routing";
import { DEPARTMENTS_MERGED_ON, NT_COMMUNES_MERGED_ON, PROVINCES_MERGED_ON, dayBefore, type AgencySeed } from "./seed-types";

export type LineSeed = {
  kind: LineKind;
  predecessor: string;
  successor: string | null;
  share: number;
  note: string | null;
  synthetic: boolean;
};

export type ActSeed = {
  actNumber: string;
  actDate: string;
  issuer: string;
  title: string;
  effectiveOn: string;
  note: string | null;
  synthetic: boolean;
  lines: LineSeed[];
};

/** Shares rounded to the database's 6 decimals, the largest one taking the rounding so they sum to 1. */
function roundShares(parts: [string, number][]): [string, number][] {
  const total = parts.reduce((sum, [, share]) => sum + share, 0);
  const rounded = parts.map(([code, share]): [string, number] => [code, Math.round((share / total) * 1e6) / 1e6]);
  const largest = rounded.reduce((best, part, i) => (part[1] > rounded[best]![1] ? i : best), 0);
  const others = rounded.reduce((sum, [, share], i) => (i === largest ? sum : sum + share), 0);
  rounded[largest] = [rounded[largest]![0], Math.round((1 - others) * 1e6) / 1e6];
  return rounded;
}

function linesOf(predecessor: string, parts: [string, number][], note: string | null, synthetic: boolean, kind?: LineKind): LineSeed[] {
  const shares = roundShares(parts);
  const lineKind = kind ?? (shares.length > 1 ? "SPLIT" : "MERGE");
  return shares.map(([successor, share]) => ({ kind: lineKind, predecessor, successor, share, note, synthetic }));
}

const FIELD_SHARE_NOTE = "Tỷ lệ theo khối lượng hồ sơ của từng lĩnh vực thủ tục chuyển giao (số liệu minh họa)";

/** Department lines of an act: each department that ends, to the units that take over its fields. */
function departmentLines(territory: "NT" | "KH", effectiveOn: string, ending: readonly AgencySeed[], explicit: Record<string, string>): LineSeed[] {
  const before = dayBefore(effectiveOn);
  return ending.flatMap((department) => {
    const target = explicit[department.code];
    if (target) return linesOf(department.code, [[target, 1]], null, true);
    const parts = new Map<string, number>();
    for (const field of FIELD_CODES) {
      if (departmentFor(territory, before, field) !== department.code) continue;
      const volume = provincialFieldVolume(field);
      if (volume <= 0) continue; // a field without provincial procedures moves no history
      const successor = departmentFor(territory, effectiveOn, field);
      parts.set(successor, (parts.get(successor) ?? 0) + volume);
    }
    if (parts.size === 0) throw new Error(`demo acts: ${department.code} ends on ${before} without a successor`);
    return linesOf(department.code, [...parts], parts.size > 1 ? FIELD_SHARE_NOTE : null, false);
  });
}

const endsOn = (units: readonly AgencySeed[], day: string) => units.filter((u) => u.validTo === day);

// ───────────── the communes: who went where ─────────────

const OLD_COMMUNES = [...NT_COMMUNES, ...KH_COMMUNES];
const DISTRICTS = [...NT_DISTRICTS, ...KH_DISTRICTS];
const codeOfNew = new Map(NEW_COMMUNES.map((unit, i) => [unit.name, NEW_COMMUNE_UNITS[i]!.code]));

function oldCommune(district: string, name: string): AgencySeed {
  const found = OLD_COMMUNES.find((unit) => unit.parentCode === district && unit.name === name);
  if (!found) throw new Error(`demo acts: no ${name} in ${district}`);
  return found;
}

/** Per old commune: the new units it went to, with the part each took (1 unless split). */
function communeParts(): Map<string, [string, number][]> {
  const parts = new Map<string, [string, number][]>();
  for (const unit of NEW_COMMUNES) {
    for (const [district, names] of Object.entries(unit.from)) {
      for (const entry of names) {
        const [name, share] = entry.split(":") as [string, string | undefined];
        const old = oldCommune(district, name);
        parts.set(old.code, [...(parts.get(old.code) ?? []), [codeOfNew.get(unit.name)!, share === undefined ? 1 : Number(share)]]);
      }
    }
  }
  return parts;
}

const UNCONFIRMED = new Set(NEW_COMMUNES.filter((unit) => unit.synthetic).map((unit) => codeOfNew.get(unit.name)!));

function communeLines(): LineSeed[] {
  return [...communeParts()].flatMap(([code, parts]) => {
    const split = parts.length > 1;
    const synthetic = split || parts.some(([successor]) => UNCONFIRMED.has(successor));
    const note = split ? "Một phần địa giới sáp nhập vào đơn vị khác; tỷ lệ minh họa" : synthetic ? "Thành phần chưa đối chiếu được với văn bản (dữ liệu mẫu)" : null;
    return linesOf(code, parts, note, synthetic);
  });
}

/** Old communes' workload on 30/06/2025: absorbed wards count in the ward that absorbed them. */
function communeWeights(): Map<string, number> {
  const weights = new Map<string, number>();
  for (const district of DISTRICTS) {
    const communes = OLD_COMMUNES.filter((unit) => unit.parentCode === district.code);
    for (const commune of communes) weights.set(commune.code, baseCommuneWeight(commune, district, communes.length));
  }
  for (const [name, into] of Object.entries(NT_MERGED_2024)) {
    const from = NT_COMMUNES.find((unit) => unit.name === name)!;
    const target = NT_COMMUNES.find((unit) => unit.name === into)!;
    weights.set(target.code, weights.get(target.code)! + weights.get(from.code)!);
    weights.delete(from.code);
  }
  return weights;
}

const DISTRICT_SHARE_NOTE = "Lịch sử của UBND cấp huyện chia cho các xã, phường mới trên địa bàn theo khối lượng công việc (số liệu minh họa)";

function districtLines(): LineSeed[] {
  const parts = communeParts();
  const weights = communeWeights();
  return DISTRICTS.flatMap((district) => {
    const shares = new Map<string, number>();
    for (const commune of OLD_COMMUNES) {
      if (commune.parentCode !== district.code || !weights.has(commune.code)) continue;
      for (const [successor, share] of parts.get(commune.code) ?? []) {
        shares.set(successor, (shares.get(successor) ?? 0) + weights.get(commune.code)! * share);
      }
    }
    return linesOf(district.code, [...shares], DISTRICT_SHARE_NOTE, true, "ABOLISH");
  });
}

const MARCH_END = dayBefore(DEPARTMENTS_MERGED_ON);
const JUNE_END = dayBefore(PROVINCES_MERGED_ON);

export const DEMO_ACTS: readonly ActSeed[] = [
  {
    actNumber: "1198/NQ-UBTVQH15",
    actDate: "2024-09-28",
    issuer: "Ủy ban Thường vụ Quốc hội",
    title: "Sắp xếp đơn vị hành chính cấp huyện, cấp xã của tỉnh Ninh Thuận giai đoạn 2023–2025",
    effectiveOn: NT_COMMUNES_MERGED_ON,
    note: "Nhập phường Mỹ Hương, phường Tấn Tài vào phường Kinh Dinh; nhập phường Thanh Sơn vào phường Phủ Hà.",
    synthetic: false,
    lines: Object.entries(NT_MERGED_2024).flatMap(([name, into]) =>
      linesOf(NT_COMMUNES.find((u) => u.name === name)!.code, [[NT_COMMUNES.find((u) => u.name === into)!.code, 1]], null, false),
    ),
  },
  {
    actNumber: "Nghị quyết của HĐND tỉnh Ninh Thuận về thành lập, tổ chức lại các sở (02/2025)",
    actDate: "2025-02-27",
    issuer: "Hội đồng nhân dân tỉnh Ninh Thuận",
    title: "Tổ chức lại các cơ quan chuyên môn thuộc UBND tỉnh theo Nghị định 45/2025/NĐ-CP",
    effectiveOn: DEPARTMENTS_MERGED_ON,
    note: "Số, ngày văn bản chưa đối chiếu được (dữ liệu mẫu); các sở theo Nghị định 45/2025/NĐ-CP.",
    synthetic: true,
    lines: departmentLines("NT", DEPARTMENTS_MERGED_ON, endsOn(NT_DEPARTMENTS, MARCH_END), {}),
  },
  {
    actNumber: "Nghị quyết của HĐND tỉnh Khánh Hòa về thành lập, tổ chức lại các sở (02/2025)",
    actDate: "2025-02-27",
    issuer: "Hội đồng nhân dân tỉnh Khánh Hòa",
    title: "Tổ chức lại các cơ quan chuyên môn thuộc UBND tỉnh theo Nghị định 45/2025/NĐ-CP",
    effectiveOn: DEPARTMENTS_MERGED_ON,
    note: "Số, ngày văn bản chưa đối chiếu được (dữ liệu mẫu); Sở Ngoại vụ nhập vào Văn phòng UBND tỉnh là giả định.",
    synthetic: true,
    lines: departmentLines("KH", DEPARTMENTS_MERGED_ON, endsOn(KH_DEPARTMENTS, MARCH_END), { "KH-SNGV": "KH-VPUB" }),
  },
  {
    actNumber: "202/2025/QH15",
    actDate: "2025-06-12",
    issuer: "Quốc hội",
    title: "Sắp xếp đơn vị hành chính cấp tỉnh: hợp nhất tỉnh Ninh Thuận và tỉnh Khánh Hòa thành tỉnh Khánh Hòa",
    effectiveOn: PROVINCES_MERGED_ON,
    note: "Các sở của hai tỉnh hợp nhất thành các sở của tỉnh Khánh Hòa; việc Ban Quản lý các KCN Ninh Thuận nhập vào Ban Quản lý KKT Vân Phong chưa đối chiếu được.",
    synthetic: false,
    lines: [
      ...departmentLines("NT", PROVINCES_MERGED_ON, [...endsOn(NT_DEPARTMENTS, JUNE_END), ...NT_DEPARTMENTS_2025], { VPUB: "T-VPUB" }),
      ...departmentLines("KH", PROVINCES_MERGED_ON, [...endsOn(KH_DEPARTMENTS, JUNE_END), ...KH_DEPARTMENTS_2025], { "KH-VPUB": "T-VPUB" }),
    ].map((line) => (line.predecessor === "BQLKCN" ? { ...line, synthetic: true } : line)),
  },
  {
    actNumber: "1667/NQ-UBTVQH15",
    actDate: "2025-06-16",
    issuer: "Ủy ban Thường vụ Quốc hội",
    title: "Sắp xếp các đơn vị hành chính cấp xã của tỉnh Khánh Hòa năm 2025",
    effectiveOn: PROVINCES_MERGED_ON,
    note: "65 đơn vị hành chính cấp xã: 48 xã, 16 phường, 1 đặc khu. Ngày ban hành chưa đối chiếu được với văn bản (dữ liệu mẫu).",
    synthetic: true,
    lines: communeLines(),
  },
  {
    actNumber: "Luật Tổ chức chính quyền địa phương năm 2025",
    actDate: "2025-06-16",
    issuer: "Quốc hội",
    title: "Chính quyền địa phương hai cấp: kết thúc hoạt động của đơn vị hành chính cấp huyện",
    effectiveOn: PROVINCES_MERGED_ON,
    note: "Số hiệu luật (72/2025/QH15?) và ngày ban hành chưa đối chiếu được (dữ liệu mẫu).",
    synthetic: true,
    lines: districtLines(),
  },
];

/** Every demo unit a line names must exist: used by the tests. */
export const UNITS_IN_ACTS = [...NT_DEPARTMENTS, ...NT_DEPARTMENTS_2025, ...KH_DEPARTMENTS, ...KH_DEPARTMENTS_2025, ...NEW_DEPARTMENTS];
