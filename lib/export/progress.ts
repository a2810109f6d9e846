// The progress of a download started from a page (issue 20 item 5), as plain data: what the answer's
// headers say up front (its length when the file is finished, the rows of a streamed workbook, the
// files of the quarter pack), the bytes received so far, and the end (saved, cancelled, failed).
// Pure — no React, no fetch — so that the unit tests drive it and the component only renders it.
import type { Intl } from "@/lib/i18n/translator";

/** The rows a streamed workbook will hold, counted by the server before it streams. */
export const EXPORT_ROWS_HEADER = "x-export-rows";
/** The files of the quarter pack (its ZIP's length is known only at the end). */
export const EXPORT_FILES_HEADER = "x-export-files";

export type ExportTotals = { bytes: number | null; rows: number | null; files: number | null };

export type ExportState =
  | { phase: "idle" }
  | { phase: "waiting" }
  | { phase: "receiving"; totals: ExportTotals; received: number }
  | { phase: "done"; name: string; received: number }
  | { phase: "cancelled" }
  | { phase: "failed"; message: string };

export type ExportEvent =
  | { type: "start" }
  | { type: "headers"; totals: ExportTotals }
  | { type: "chunk"; bytes: number }
  | { type: "saved"; name: string }
  | { type: "cancel" }
  | { type: "fail"; message: string };

/** A non-negative integer header, or null when missing or not a count. */
function count(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : null;
}

export function totalsOf(headers: Pick<Headers, "get">): ExportTotals {
  // a compressed answer's length is not the file's: only an identity answer's counts
  const encoded = (headers.get("content-encoding") ?? "identity") !== "identity";
  return { bytes: encoded ? null : count(headers.get("content-length")), rows: count(headers.get(EXPORT_ROWS_HEADER)), files: count(headers.get(EXPORT_FILES_HEADER)) };
}

/**
 * The file name of a Content-Disposition ("attachment; filename*=UTF-8''b%C3%A1o.xlsx" or
 * filename="bao.xlsx"), without any folder, or `fallback`.
 */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  let name: string | undefined;
  if (extended?.[1]) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename\s*=\s*"([^"]*)"/.exec(disposition)?.[1] ?? /filename\s*=\s*([^;\s]+)/.exec(disposition)?.[1];
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base ? base : fallback;
}

/** The next state: a chunk or the end counts only while a download runs (a late chunk after Hủy changes nothing). */
export function exportReducer(state: ExportState, event: ExportEvent): ExportState {
  const running = state.phase === "waiting" || state.phase === "receiving";
  switch (event.type) {
    case "start":
      return running ? state : { phase: "waiting" };
    case "headers":
      return state.phase === "waiting" ? { phase: "receiving", totals: event.totals, received: 0 } : state;
    case "chunk":
      return state.phase === "receiving" ? { ...state, received: state.received + event.bytes } : state;
    case "saved":
      return state.phase === "receiving" ? { phase: "done", name: event.name, received: state.received } : state;
    case "cancel":
      return running ? { phase: "cancelled" } : state;
    case "fail":
      return running ? { phase: "failed", message: event.message } : state;
  }
}

/** The fraction received (0…1) when the length is known up front; null draws an indeterminate bar. */
export function fractionOf(state: ExportState): number | null {
  if (state.phase === "done") return 1;
  if (state.phase !== "receiving" || !state.totals.bytes) return null;
  return Math.min(1, state.received / state.totals.bytes);
}

/**
 * What the page says of the download, in the viewer's language (`t` needs only the
 * "export.progress" messages): the phase, with what the server stated up front. It is the live
 * region's text, so it changes with the phase only, not with every chunk.
 */
export function statusMessage(state: ExportState, { t, f }: Intl): string {
  switch (state.phase) {
    case "idle":
      return "";
    case "waiting":
      return t("export.progress.waiting");
    case "receiving": {
      const { rows, files } = state.totals;
      const parts = [t("export.progress.receiving")];
      if (rows !== null) parts.push(t("export.progress.rows", { rows }));
      if (files !== null) parts.push(t("export.progress.files", { files }));
      return parts.join(" · ");
    }
    case "done":
      return t("export.progress.done", { name: state.name, size: f.bytes(state.received) });
    case "cancelled":
      return t("export.progress.cancelled");
    case "failed":
      return t("export.progress.failed", { message: state.message });
  }
}

/** The bytes received (of the length, when known): the progress bar's text, updated with every chunk. */
export function receivedMessage(state: ExportState, { t, f }: Intl): string {
  if (state.phase !== "receiving") return "";
  const { bytes } = state.totals;
  return bytes
    ? t("export.progress.bytesOf", { received: f.bytes(state.received), total: f.bytes(bytes), percent: f.percent(fractionOf(state) ?? 0, 0) })
    : t("export.progress.bytes", { received: f.bytes(state.received) });
}
