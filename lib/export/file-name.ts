/** A file name of ASCII letters, digits and dashes (every browser and unzip reads it the same way). */
export const safeFileName = (name: string) => name.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 100) || "export";
