// Handling officials (cán bộ, công chức xử lý hồ sơ): 1,800 in all, more where there are more
// dossiers, at least two per agency that receives any so that one person's late share can be told
// apart from the agency's. An official belongs to the unit of the time: the new units of 2025 have
// officials of their own. Names are drawn from common Kinh, Chăm and Raglai family names of the
// province; they are fictional people.
import { AGENCIES } from "./organisation";
import { KH_VOLUME, routingFor } from "./dossier-model";
import { dayIndex } from "./calendar";
import { DEPARTMENTS_MERGED_ON, NT_COMMUNES_MERGED_ON, OLD_UNITS_FROM, PROVINCES_MERGED_ON, dayBefore, type Territory } from "./org/seed-types";
import { Random } from "./random";
import { apportion } from "./sampling";

export const OFFICIAL_TOTAL = 1800;

/** The stretches of the organisation the roster is sized for (a fixed horizon: the roster does not depend on the data's day). */
const SEGMENTS: ReadonlyArray<[Territory, string, string, number]> = [
  ["NT", OLD_UNITS_FROM, dayBefore(NT_COMMUNES_MERGED_ON), 1],
  ["NT", NT_COMMUNES_MERGED_ON, dayBefore(DEPARTMENTS_MERGED_ON), 1],
  ["NT", DEPARTMENTS_MERGED_ON, dayBefore(PROVINCES_MERGED_ON), 1],
  ["KH", OLD_UNITS_FROM, dayBefore(DEPARTMENTS_MERGED_ON), KH_VOLUME],
  ["KH", DEPARTMENTS_MERGED_ON, dayBefore(PROVINCES_MERGED_ON), KH_VOLUME],
  ["ALL", PROVINCES_MERGED_ON, "2026-12-31", 1 + KH_VOLUME],
];

/** Each agency's expected share of all dossiers over the segments. */
function expectedShares(): Float64Array {
  const share = new Float64Array(AGENCIES.length);
  for (const [territory, from, to, volume] of SEGMENTS) {
    const days = dayIndex(to) - dayIndex(from) + 1;
    const routing = routingFor(territory, from);
    routing.agencyShare.forEach((s, i) => (share[i] = share[i]! + s * days * volume));
  }
  return share;
}

const FAMILY: ReadonlyArray<[string, number]> = [
  ["Nguyễn", 30], ["Trần", 11], ["Lê", 9], ["Phạm", 7], ["Huỳnh", 5], ["Hoàng", 3], ["Phan", 4.5], ["Võ", 4],
  ["Vũ", 1.5], ["Đặng", 2], ["Bùi", 2], ["Đỗ", 1.4], ["Hồ", 1.3], ["Ngô", 1.3], ["Dương", 1], ["Lý", 0.5],
  ["Đàng", 2.5], ["Thông", 1], ["Quảng", 1], ["Thiên", 0.5], ["Báo", 0.4], ["Pinăng", 0.8], ["Chamaléa", 0.8], ["Katơr", 0.4],
];
const MIDDLE_MALE = ["Văn", "Minh", "Quốc", "Hữu", "Đức", "Thanh", "Công", "Ngọc", "Xuân", "Hoàng", "Đình", "Năng"];
const MIDDLE_FEMALE = ["Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Hồng", "Bích", "Thùy"];
const GIVEN_MALE = [
  "An", "Bình", "Cường", "Dũng", "Duy", "Hải", "Hào", "Hiếu", "Hoàng", "Huy", "Hùng", "Khánh", "Khoa", "Long", "Lộc",
  "Minh", "Nam", "Nghĩa", "Nhân", "Phong", "Phúc", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Trung", "Tuấn", "Việt", "Vinh",
];
const GIVEN_FEMALE = [
  "Anh", "Chi", "Diễm", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Loan", "Mai", "My", "Nga",
  "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thủy", "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Yến",
];

export type OfficialSeed = { code: string; fullName: string; agency: number; active: boolean };

export type OfficialRoster = {
  officials: readonly OfficialSeed[];
  /** per agency index: first official index and how many */
  first: Int32Array;
  count: Int32Array;
};

function fullName(random: Random): string {
  let r = random.next() * FAMILY.reduce((s, [, w]) => s + w, 0);
  let family = FAMILY[0]![0];
  for (const [name, weight] of FAMILY) {
    family = name;
    r -= weight;
    if (r < 0) break;
  }
  const female = random.chance(0.52);
  const middle = random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = random.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  return `${family} ${middle} ${given}`;
}

function buildRoster(): OfficialRoster {
  const random = new Random().fork("officials");
  const share = expectedShares();
  const receiving = AGENCIES.flatMap((_, i) => (share[i]! > 0 ? [i] : []));
  const extra = apportion(OFFICIAL_TOTAL - 2 * receiving.length, receiving.map((i) => Math.sqrt(share[i]!)));
  const first = new Int32Array(AGENCIES.length);
  const count = new Int32Array(AGENCIES.length);
  const officials: OfficialSeed[] = [];
  receiving.forEach((agency, k) => {
    first[agency] = officials.length;
    count[agency] = 2 + extra[k]!;
    for (let n = 1; n <= count[agency]!; n += 1) {
      officials.push({
        code: `CB-${AGENCIES[agency]!.code}-${String(n).padStart(2, "0")}`,
        fullName: fullName(random),
        agency,
        active: !random.chance(0.03),
      });
    }
  });
  return { officials, first, count };
}

let roster: OfficialRoster | undefined;

export function officialRoster(): OfficialRoster {
  roster ??= buildRoster();
  return roster;
}
