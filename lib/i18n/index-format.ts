// vi-VN display of index scores (DESIGN §8): published scores keep their decimals (PAPI 46,0002),
// percentages carry "%" joined by a no-break space as in lib/i18n/format.ts.
import type { IndexUnit } from "@/lib/generated/prisma/enums";
import { formatSigned, viFormat } from "./format";

/** 85.78 → "85,78"; 46.0002 → "46,0002". */
export function formatScoreValue(value: number): string {
  return viFormat.score(value);
}

/** A score in its index's unit: PERCENT 85.78 → "85,78 %"; POINTS and RATIO as plain numbers. */
export function formatIndexScore(value: number, unit: IndexUnit): string {
  return viFormat.indexScore(value, unit);
}

/** A change of a published score with its sign (lib/i18n/format formatSigned): 3.2 → "+3,2"; -1.21 → "−1,21"; 0 → "±0". */
export function formatSignedChange(value: number): string {
  return formatSigned(value, { max: 4 });
}
