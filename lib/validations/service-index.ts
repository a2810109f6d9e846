// The service index pages' URLs (issue 21): `?period=2026-W47` (a week as the portal counts it),
// `2026-11`, `2026-Q4` or `2026`, and `units=time` for the units of the time. Nothing asked: the
// week that holds the data's day. A period that begins after the data's day is refused.
import { z } from "zod";
import { msg } from "@/lib/validations/messages";
import { DEFAULT_UNITS_VIEW, UNITS_VIEWS } from "@/lib/org/views";
import { parseIndexPeriod, weekIndexPeriod, type IndexPeriod } from "@/lib/service-index/periods";
import { choiceParam, spanStart, type DataSpan } from "@/lib/validations/search-params";

export const indexPeriodParam = (span: DataSpan) =>
  z.string().transform((key, ctx): IndexPeriod => {
    const period = parseIndexPeriod(key.trim());
    if (!period) {
      ctx.addIssue({ code: "custom", message: msg("serviceIndex.params.period") });
      return z.NEVER;
    }
    if (period.period.to < spanStart(span) || period.period.from > span.asOf) {
      ctx.addIssue({ code: "custom", message: msg("serviceIndex.params.outside"), params: { period: key } });
      return z.NEVER;
    }
    return period;
  });

export const serviceIndexParams = (span: DataSpan) =>
  z
    .object({ period: indexPeriodParam(span).optional(), units: choiceParam(UNITS_VIEWS).optional() })
    .transform((input) => ({ period: input.period ?? weekIndexPeriod(span.asOf), view: input.units ?? DEFAULT_UNITS_VIEW }));
