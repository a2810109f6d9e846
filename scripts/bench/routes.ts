// The pages the benchmark times, each with the raw-table queries that compute the same figures.
import type pg from "pg";
import { addMonths, firstOfMonth, previousPeriod, quarterPeriod, rangePeriod, samePeriodLastYear, type Period } from "../../lib/metrics/periods";
import type { Session } from "./http";
import { monthlySeriesSql, periodFiguresSql, type RawQuery } from "./raw-queries";

export type RouteContext = { client: pg.Client; baseUrl: string; session: (role: "leader" | "inspector") => Session };

export type PreparedRoute = { path: string; raw: RawQuery[]; rawLabel: string };

export type BenchRoute = {
  name: string;
  role: "leader" | "inspector";
  /** the page whose first-load JavaScript is measured (the first route's) */
  firstLoadPath?: string;
  prepare: (context: RouteContext) => Promise<PreparedRoute>;
};

/** The quarter every page is timed on: the demo's latest complete quarter. */
export const BENCH_PERIOD: Period = quarterPeriod(2024, 2);
export const LIST_PAGE_SIZE = 50;

/** The agency with the most dossiers (a department: the heaviest drill-down and list). */
async function busiestAgency(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ agency_id: number }>(
    "SELECT agency_id FROM dossier_stat_agency_month GROUP BY agency_id ORDER BY sum(received) DESC LIMIT 1",
  );
  if (!rows[0]) throw new Error("Chưa có hồ sơ: nạp dữ liệu mẫu trước khi đo.");
  return rows[0].agency_id;
}

function listSql(agencyId: number, offset: number): RawQuery {
  return {
    label: `list offset ${offset}`,
    params: [agencyId, offset, LIST_PAGE_SIZE],
    sql: `SELECT id, code, received_at, due_at, resolved_at FROM dossier WHERE agency_id = $1
          ORDER BY received_at DESC, id DESC OFFSET $2 LIMIT $3`,
  };
}

const key = "2024-Q2";

export const BENCH_ROUTES: BenchRoute[] = [
  {
    name: "Bảng tổng hợp (/scorecard)",
    role: "leader",
    firstLoadPath: `/scorecard?period=${key}`,
    prepare: async () => {
      const periods = [BENCH_PERIOD, previousPeriod(BENCH_PERIOD), samePeriodLastYear(BENCH_PERIOD)];
      const months = rangePeriod(firstOfMonth(addMonths(BENCH_PERIOD.to, -11)), BENCH_PERIOD.to);
      return {
        path: `/scorecard?period=${key}`,
        raw: [...periods.map((p) => periodFiguresSql(p, "agency_id")), monthlySeriesSql(months)],
        rawLabel: "3 kỳ × theo cơ quan + 12 tháng",
      };
    },
  },
  {
    name: "Phân tích theo cơ quan (/dossiers)",
    role: "inspector",
    prepare: async () => ({
      path: `/dossiers?period=${key}`,
      raw: [periodFiguresSql(BENCH_PERIOD, "agency_id")],
      rawLabel: "1 kỳ × theo cơ quan",
    }),
  },
  {
    name: "Phân tích theo thủ tục của một cơ quan",
    role: "inspector",
    prepare: async ({ client }) => {
      const agencyId = await busiestAgency(client);
      return {
        path: `/dossiers/agencies/${agencyId}/procedures?period=${key}`,
        raw: [periodFiguresSql(BENCH_PERIOD, "procedure_id", "agency_id = $1", [agencyId])],
        rawLabel: "1 kỳ × theo thủ tục (1 cơ quan)",
      };
    },
  },
  {
    name: "Danh sách hồ sơ, trang 1",
    role: "inspector",
    prepare: async ({ client }) => {
      const agencyId = await busiestAgency(client);
      return { path: `/dossiers/list?agency=${agencyId}`, raw: [listSql(agencyId, 0)], rawLabel: "OFFSET 0" };
    },
  },
  {
    name: "Danh sách hồ sơ, trang 1.000",
    role: "inspector",
    prepare: async ({ client, baseUrl, session }) => {
      const agencyId = await busiestAgency(client);
      const offset = 999 * LIST_PAGE_SIZE;
      // `?page=1000` finds the keyset cursor of that page once and redirects to it; the cursor URL
      // is what a reader paging on from there requests, and what is timed
      const response = await fetch(`${baseUrl}/dossiers/list?agency=${agencyId}&page=1000`, {
        headers: { cookie: session("inspector").cookie },
        redirect: "manual",
      });
      const location = response.headers.get("location");
      if (!location) throw new Error(`/dossiers/list?page=1000 không chuyển tới con trỏ (HTTP ${response.status}).`);
      const url = new URL(location, baseUrl);
      return { path: `${url.pathname}${url.search}`, raw: [listSql(agencyId, offset)], rawLabel: `OFFSET ${offset}` };
    },
  },
];
