// Whether a page's HTML holds a rendered error boundary (issue 16: a server error streamed after the
// 200 status). The panel's words are no sign: next-intl gives every page's client components the
// "error" namespace (lib/i18n/server.tsx SHELL_NAMESPACES), so they travel in every page's payload
// whether or not a panel is drawn; what only a failing page holds is the panel's element.

/** The attribute components/shell/error-panel.tsx puts on the panel's element. */
export const ERROR_PANEL_MARK = 'data-testid="error-panel"';

/**
 * The digest of a server error the page streamed into an error boundary, "error panel" for a panel
 * rendered into the HTML, or null. React marks a boundary that failed on the server with `data-dgst`;
 * Next's own control flow (notFound, redirect) uses digests starting with NEXT_, which are not failures.
 */
export function errorBoundary(html: string): string | null {
  const digest = /data-dgst="(?!NEXT_)([^"]+)"/.exec(html)?.[1];
  if (digest) return digest;
  return html.includes(ERROR_PANEL_MARK) ? "error panel" : null;
}
