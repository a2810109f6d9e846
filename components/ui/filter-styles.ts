// Class names of server-rendered controls (GET filter forms of the staffing and task pages): the
// same look as components/ui/form-fields' client inputs, usable without a client boundary.
export const inputClassName =
  "mt-1 block rounded-md border border-border bg-surface px-3 py-2 text-base text-foreground shadow-sm";

export const primaryButtonClassName =
  "inline-flex justify-center rounded-md bg-brand-700 px-4 py-2 text-base font-semibold text-white hover:bg-brand-800";

export const linkButtonClassName =
  "inline-flex rounded-md border border-border bg-surface px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50";

