// Handling officials (cán bộ, công chức xử lý hồ sơ): 600 in all, more where there are more
// dossiers, at least two per agency that receives any so that one person's late share can be
// told apart from the agency's. Names are drawn from common Kinh, Chăm and Raglai family names
// of Ninh Thuận; they are fictional people.
import { AGENCIES } from "./organisation";
import { dossierModel } from "./dossier-model";
import { Random } from "./random";
import { apportion } from "./sampling";

export const OFFICIAL_TOTAL = 600;

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
  const share = dossierModel().agencyShare;
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
