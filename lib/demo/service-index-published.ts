// Demo data (issue 21): the province's Decision 766 score and rank "as published" on the national
// portal for the six complete weeks before the data's day. Nobody published these: they are
// plausible values (the merged province among 34, scores in the low 80s as Khánh Hòa's and Ninh
// Thuận's were, reference/indices.md §7) and every row is marked demo, which the pages say.
import type { ClientBase } from "pg";
import { addDays } from "../metrics/periods";
import { weekIndexPeriod } from "../service-index/periods";

const SCORES = [82.14, 83.05, 81.67, 84.22, 85.1, 84.76];
const RANKS = [19, 17, 21, 15, 13, 14];
const RANK_OF = 34;
export const DEMO_PUBLISHED_SOURCE = "Dữ liệu mẫu: giá trị giả định theo dạng công bố hằng tuần của Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)";

/** The demo rows, oldest week first: the six weeks that end before the week holding `asOf`. */
export function demoPublishedRows(asOf: string): { periodKey: string; score: number; rank: number }[] {
  const thisWeek = weekIndexPeriod(asOf).period.from;
  return SCORES.map((score, i) => ({ periodKey: weekIndexPeriod(addDays(thisWeek, -7 * (SCORES.length - i))).key, score, rank: RANKS[i]! }));
}

export async function loadPublishedServiceIndex(client: ClientBase, asOf: string): Promise<number> {
  const rows = demoPublishedRows(asOf);
  for (const row of rows) {
    await client.query("INSERT INTO service_index_published (period_key, score, rank, rank_of, source, demo) VALUES ($1, $2, $3, $4, $5, true)", [
      row.periodKey,
      row.score,
      row.rank,
      RANK_OF,
      DEMO_PUBLISHED_SOURCE,
    ]);
  }
  return rows.length;
}
