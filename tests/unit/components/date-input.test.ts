// The app's date field (issue 23): its segments read dd/mm/yyyy with leading zeros, its form value
// is the day as YYYY-MM-DD (what isLocalDate, the servers' one day parser, reads), and no form of
// the app keeps a bare <input type="date">, which Chromium in English shows as mm/dd/yyyy.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DateSegments } from "@/components/ui/date-segments";
import { isLocalDate } from "@/lib/metrics/periods";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/[\u2066-\u2069\u200e\u200f]/g, "");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("DateSegments", () => {
  it("shows 4 January 2024 as 04/01/2024 and submits 2024-01-04", () => {
    const html = renderToStaticMarkup(createElement(DateSegments, { name: "decidedOn", defaultValue: "2024-01-04", "aria-label": "Ngày" }));
    expect(text(html)).toBe("04/01/2024");
    const submitted = /name="decidedOn"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="decidedOn"/.exec(html);
    const value = submitted?.[1] ?? submitted?.[2];
    expect(value).toBe("2024-01-04");
    expect(isLocalDate(value ?? "")).toBe(true);
  });

  it("shows an empty field as dd/mm/yyyy and submits nothing", () => {
    const html = renderToStaticMarkup(createElement(DateSegments, { name: "until", "aria-label": "Đến ngày" }));
    expect(text(html)).toBe("dd/mm/yyyy");
    expect(html).toMatch(/name="until"[^>]*value=""|value=""[^>]*name="until"/);
  });

  it("is the only date input of the app's pages and components", () => {
    const bare = [...sources("app"), ...sources("components")]
      .filter((file) => !file.endsWith(path.join("ui", "date-input.tsx")))
      .filter((file) => /type=["{]+date["}]/.test(readFileSync(file, "utf8")));
    expect(bare).toEqual([]);
  });
});
