"use client";
// A download link that shows its progress and can be cancelled (issue 20 item 5). Without
// JavaScript — or opened in a new tab — it is the plain link and the browser downloads. With it,
// a click fetches the file and reads the answer's stream: the bar fills with the bytes received
// (a fraction when the server states the length), the text says what the server counted up front
// (the rows of a workbook, the files of the pack), and "Hủy" aborts the request — the server stops
// writing and reading the database — and says so. The finished file is saved under the server's
// name (Content-Disposition) through a Blob URL.
import { useEffect, useReducer, useRef, type MouseEvent } from "react";
import { exportReducer, fileNameOf, fractionOf, receivedMessage, statusMessage, totalsOf } from "@/lib/export/progress";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { linkButtonClass, secondaryButtonClass } from "@/components/ui/styles";

type Props = { href: string; label: string; ariaLabel?: string; testId: string };

/** Hands the bytes to the browser's own download under `name`. */
function save(parts: BlobPart[], type: string, name: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has taken the bytes once the click is handled
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The server's short text answer (a 400 names the bad parameter), or the status line. */
async function failureText(response: Response): Promise<string> {
  const type = response.headers.get("content-type") ?? "";
  const body = await response.text().catch(() => "");
  if (type.includes("application/json")) {
    try {
      const parsed = JSON.parse(body) as { message?: unknown };
      if (typeof parsed.message === "string") return parsed.message;
    } catch {
      // not JSON after all: the status line below
    }
  }
  return type.startsWith("text/plain") && body.trim() ? body.trim().split("\n").join(" ") : `${response.status} ${response.statusText}`.trim();
}

export function ExportDownload({ href, label, ariaLabel, testId }: Props) {
  // the "export.progress" messages: the layout gives them every page's client components
  const t = useTranslations();
  const f = useFormat();
  const [state, dispatch] = useReducer(exportReducer, { phase: "idle" });
  const controller = useRef<AbortController | null>(null);
  const link = useRef<HTMLAnchorElement>(null);
  const running = state.phase === "waiting" || state.phase === "receiving";

  // leaving the page cancels a running download
  useEffect(() => () => controller.current?.abort(), []);

  async function run(url: string): Promise<void> {
    const abort = new AbortController();
    controller.current = abort;
    dispatch({ type: "start" });
    try {
      const response = await fetch(url, { signal: abort.signal, credentials: "same-origin" });
      // signed out meanwhile: the browser follows the link itself (to the sign-in page)
      if (response.redirected) {
        abort.abort();
        window.location.assign(url);
        return;
      }
      if (!response.ok || !response.body) {
        dispatch({ type: "fail", message: await failureText(response) });
        return;
      }
      dispatch({ type: "headers", totals: totalsOf(response.headers) });
      const reader = response.body.getReader();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value as Uint8Array<ArrayBuffer>);
        dispatch({ type: "chunk", bytes: value.byteLength });
      }
      const name = fileNameOf(response.headers.get("content-disposition"), new URL(url).pathname.split("/").filter(Boolean).join("-") || "tep");
      save(parts, response.headers.get("content-type") ?? "application/octet-stream", name);
      dispatch({ type: "saved", name });
    } catch {
      dispatch(abort.signal.aborted ? { type: "cancel" } : { type: "fail", message: t("export.progress.network") });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  function onClick(event: MouseEvent<HTMLAnchorElement>): void {
    // a new tab or window, or a browser without streams: the plain link
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (typeof ReadableStream === "undefined" || typeof AbortController === "undefined") return;
    event.preventDefault();
    if (!running) void run(event.currentTarget.href);
  }

  function cancel(): void {
    controller.current?.abort();
    // the Hủy button goes away: the keyboard's focus goes back to the link
    link.current?.focus();
  }

  const fraction = fractionOf(state);
  const percent = fraction === null ? null : Math.round(fraction * 100);
  const status = statusMessage(state, { t, f });
  const received = receivedMessage(state, { t, f });
  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end" data-testid={`${testId}-download`}>
      <a ref={link} href={href} className={linkButtonClass} download aria-label={ariaLabel} data-testid={testId} onClick={onClick} aria-busy={running || undefined}>
        {label}
      </a>
      {running ? (
        <div className="w-full rounded-md border border-border bg-surface p-3 text-sm sm:w-80" data-testid="export-progress" data-phase={state.phase}>
          <div
            role="progressbar"
            aria-label={t("export.progress.label")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent ?? undefined}
            aria-valuetext={received || status}
            className="h-2 w-full overflow-hidden rounded bg-brand-50"
          >
            <div className={`h-full bg-brand-700 ${percent === null ? "w-1/3 animate-pulse" : ""}`} style={percent === null ? undefined : { width: `${percent}%` }} />
          </div>
          {received ? <p className="mt-2 text-muted" data-testid="export-received">{received}</p> : null}
        </div>
      ) : null}
      {/* the live region stays in the page, so that each new phase is read out */}
      <p data-phase={state.phase} className={state.phase === "idle" ? "sr-only" : "text-sm text-foreground sm:max-w-80 sm:text-right"} aria-live="polite" role="status" data-testid="export-status">
        {status}
      </p>
      {running ? (
        <button type="button" className={secondaryButtonClass} onClick={cancel} data-testid="export-cancel">
          {t("export.progress.cancel")}
        </button>
      ) : null}
    </div>
  );
}
