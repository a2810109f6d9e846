// The class names of the app's controls, in one place: the server-rendered GET forms (./controls)
// and the client forms (./form-fields) look the same.

/**
 * The keyboard focus ring of every control: the base rule of app/globals.css as utilities, so a
 * component's own outline or ring classes cannot hide it (WCAG 2.4.7). --focus-ring turns white
 * on the dark banner.
 */
export const focusRingClass = "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-(--focus-ring)";
export const fieldClass =
  "mt-1 block min-h-11 rounded-md border border-border bg-surface px-3 py-2 text-base text-foreground shadow-sm " +
  "disabled:cursor-not-allowed disabled:opacity-60 aria-[invalid=true]:border-accent-600 " +
  focusRingClass;

export const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-base font-semibold text-white hover:bg-brand-800 " +
  "disabled:cursor-wait disabled:opacity-70 " +
  focusRingClass;

export const secondaryButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-border bg-surface px-4 py-2 text-base font-semibold text-brand-900 " +
  "hover:bg-brand-50 disabled:cursor-wait disabled:opacity-70 " +
  focusRingClass;

/** A link that looks like a secondary button (a page's actions). */
export const linkButtonClass = secondaryButtonClass;

/** A link that looks like the primary button. */
export const primaryLinkClass = buttonClass;
