// Which department of which province handles a procedure field on a day, and how much work each
// commune-level unit has: the demo's model of who receives what, shared by the dossier and task
// generators and by the reorganisation lines (a department's history is divided among its successors
// by the volume of the fields each takes over). Pure.
import { FIELD_SPECS } from "../procedure-fields";
import { unit } from "../reference-util";
import { DEPARTMENTS_MERGED_ON, PROVINCES_MERGED_ON, type AgencySeed, type Territory } from "./seed-types";

/** The departments of Nghị định 45/2025/NĐ-CP by the fields they handle (keys of the T-… codes). */
const FIELD_KEY_2025: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    STP: "HT CT LLTP QT BTTP NCN",
    SNNMT: "DD MT TNN KS TT CNTY TS LN TL",
    SXD: "XD QHKT NO GTDB DTND",
    STC: "DT DN HKD TC",
    SNV: "LD VL NCC TDKT CCVC VTLT",
    SYT: "BTXH TE KCB DUOC ATTP YTDP",
    SGDDT: "GDNN GD",
    SVHTTDL: "VH TDTT DL BCXB",
    SKHCN: "VTBC KHCN",
    SCT: "LTHH DIEN HC",
    SDTTG: "TG DTOC",
    TTT: "KNTC",
    BQL: "KCN",
  }).flatMap(([key, fields]) => fields.split(" ").map((field) => [field, key])),
);

/** 01/03–30/06/2025: which unit of each old province holds each key (new units and the ones that stayed). */
const MARCH_CODES: Record<"NT" | "KH", Readonly<Record<string, string>>> = {
  NT: {
    SNV: "NT25-SNV", STC: "NT25-STC", SNNMT: "NT25-SNNMT", SXD: "NT25-SXD", SKHCN: "NT25-SKHCN", SDTTG: "NT25-SDTTG",
    STP: "STP", SVHTTDL: "SVHTTDL", SGDDT: "SGDDT", SYT: "SYT", SCT: "SCT", TTT: "TTT", BQL: "BQLKCN",
  },
  KH: {
    SNV: "KH25-SNV", STC: "KH25-STC", SNNMT: "KH25-SNNMT", SXD: "KH25-SXD", SKHCN: "KH25-SKHCN", SDTTG: "KH25-SDTTG",
    SVHTTDL: "KH25-SVHTTDL", STP: "KH-STP", SGDDT: "KH-SGDDT", SYT: "KH-SYT", SCT: "KH-SCT", TTT: "KH-TTT", BQL: "KH-BQLKKT",
  },
};

/** Before 01/03/2025: the owner of each field in the catalogue (old Ninh Thuận's codes), in each province. */
function oldOwner(territory: "NT" | "KH", field: string): string {
  const spec = FIELD_SPECS.find((f) => f.code === field);
  if (!spec) throw new Error(`demo routing: unknown field ${field}`);
  if (territory === "NT") return spec.owner;
  if (field === "DL") return "KH-SDL";
  if (spec.owner === "SVHTTDL") return "KH-SVHTT";
  if (spec.owner === "BQLKCN") return "KH-BQLKKT";
  return `KH-${spec.owner}`;
}

function key2025(field: string): string {
  const key = FIELD_KEY_2025[field];
  if (!key) throw new Error(`demo routing: field ${field} has no department after 2025`);
  return key;
}

/** The department that receives a provincial procedure of `field` on `day` in `territory`. */
export function departmentFor(territory: Territory, day: string, field: string): string {
  if (territory === "ALL" || day >= PROVINCES_MERGED_ON) {
    const key = key2025(field);
    return key === "BQL" ? "T-BQLKKT" : `T-${key}`;
  }
  if (day < DEPARTMENTS_MERGED_ON) return oldOwner(territory, field);
  return MARCH_CODES[territory][key2025(field)]!;
}

/** The share of a level's provincial dossiers each field draws (FIELD_SPECS' volumes). */
export function provincialFieldVolume(field: string): number {
  return FIELD_SPECS.find((f) => f.code === field)?.volume.P ?? 0;
}

export const FIELD_CODES: readonly string[] = FIELD_SPECS.map((f) => f.code);

/**
 * A commune-level unit's base workload: its district's share of the province split among the
 * district's units, busier for wards, with a fixed per-unit variation (a hash, not a draw, so that
 * the same unit has the same weight whatever else changes).
 */
export function baseCommuneWeight(commune: AgencySeed, district: AgencySeed, siblings: number): number {
  const ward = commune.name.startsWith("Phường") ? 1.3 : 1;
  return ((district.weight ?? 0.1) / siblings) * (0.6 + 0.8 * unit(`${commune.code}|weight`)) * ward;
}
