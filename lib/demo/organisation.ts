// Demo organisation: tỉnh Khánh Hòa as it is today (DESIGN §4) — old Ninh Thuận and old Khánh Hòa
// with their own departments, districts and communes until 30/06/2025 (the departments reorganised on
// 01/03/2025), then the merged province's departments and 65 commune-level units. Pure data; the
// units of each part are in lib/demo/org/, the acts that connect them in lib/demo/org/acts.ts.
import type { Role } from "../generated/prisma/enums";
import { KH_COMMUNES, KH_DEPARTMENTS, KH_DEPARTMENTS_2025, KH_DISTRICTS } from "./org/khanh-hoa-old";
import { NEW_COMMUNE_UNITS, NEW_DEPARTMENTS } from "./org/khanh-hoa-2025";
import { NT_COMMUNES, NT_DEPARTMENTS, NT_DEPARTMENTS_2025, NT_DISTRICTS } from "./org/ninh-thuan";
import type { AgencySeed } from "./org/seed-types";

export type { AgencySeed } from "./org/seed-types";

/** The province the installation serves today, and the two it was formed from. */
export const PROVINCE = {
  name: "Khánh Hòa",
  code: "56",
  formedOn: "2025-07-01",
  formerProvinces: ["Ninh Thuận", "Khánh Hòa"],
} as const;

/** Old Ninh Thuận's units of 2021–2024, first: the calibrated part of the data is theirs. */
export const DEPARTMENTS = NT_DEPARTMENTS;
export const DISTRICTS = NT_DISTRICTS;
export const COMMUNES = NT_COMMUNES;
export const NINH_THUAN_UNITS: readonly AgencySeed[] = [...NT_DEPARTMENTS, ...NT_DISTRICTS, ...NT_COMMUNES];

/** All units of the demo, parents before children; array indexes are the generators' agency numbers. */
export const AGENCIES: AgencySeed[] = [
  ...NINH_THUAN_UNITS,
  ...NT_DEPARTMENTS_2025,
  ...KH_DEPARTMENTS,
  ...KH_DISTRICTS,
  ...KH_COMMUNES,
  ...KH_DEPARTMENTS_2025,
  ...NEW_DEPARTMENTS,
  ...NEW_COMMUNE_UNITS,
];

export type DemoRole = Role;

export type DemoUserSeed = {
  username: string;
  fullName: string;
  email: string;
  role: DemoRole;
  agencyCode?: string;
  /** false: an account of a unit that ended, deactivated by the reorganisation */
  active?: boolean;
  /** the units the account belonged to before, oldest first (the reorganisations moved it) */
  formerAgencyCodes?: string[];
};

function user(username: string, fullName: string, role: DemoRole, agencyCode?: string, formerAgencyCodes?: string[], active = true): DemoUserSeed {
  return { username, fullName, email: `${username}@demo.khanhhoa.gov.vn`, role, agencyCode, active, formerAgencyCodes };
}

/**
 * Fictional people, one per role plus several agency users. Staff of the units that ended on
 * 30/06/2025 were moved to the successors by the reorganisation (or deactivated, like `bacai`).
 */
export const DEMO_USERS: DemoUserSeed[] = [
  user("lanhdao", "Trần Quốc Bảo", "LEADER"),
  user("sonoivu", "Nguyễn Thị Thu Hà", "HOME_AFFAIRS", "T-SNV", ["SNV", "NT25-SNV"]),
  user("thanhtra", "Lê Văn Hùng", "INSPECTOR", "T-TTT", ["TTT"]),
  user("quantri", "Phạm Minh Tuấn", "ADMIN"),
  user("stuphap", "Võ Thị Mỹ Linh", "AGENCY", "T-STP", ["STP"]),
  user("syte", "Đặng Văn Khoa", "AGENCY", "T-SYT", ["SYT"]),
  user("prtc", "Huỳnh Thị Ngọc Anh", "AGENCY", "P-PHAN-RANG", ["H-PRTC"]),
  user("ninhson", "Bùi Đức Thắng", "AGENCY", "X-NINH-SON", ["H-NS"]),
  user("nhatrang", "Lâm Thị Bích Ngọc", "AGENCY", "P-NHA-TRANG", ["KH-H-NT"]),
  user("bacai", "Pinăng Thị Hoa", "AGENCY", "H-BA", ["H-BA"], false),
];

export const DEMO_PASSWORD = "CCHC@2026";
