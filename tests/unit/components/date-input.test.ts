// The app's date field (issue 23): its segments read dd/mm/yyyy with leading zeros, its form value
// is the day as YYYY-MM-DD (what isLocalDate, the servers' one day parser, reads), and no form of
// the app keeps a bare <input type="date">, which Chromium in English shows as mm/dd/yyyy.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DateInput, dayOfText, dayText } from "@/components/ui/date-input";
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

describe("DateInput before the segmented field loads", () => {
  // what the server sends: the stand-in and, for a browser without JavaScript, the native input
  const html = renderToStaticMarkup(createElement(DateInput, { id: "decidedOn", name: "decidedOn", defaultValue: "2024-01-04", required: true }));

  it("stands in with a text input reading dd/mm/yyyy, whatever the browser's language", () => {
    const standIn = /<input(?=[^>]*type="text")[^>]*>/.exec(html.replace(/<noscript>.*?<\/noscript>/, ""))?.[0] ?? "";
    expect(standIn).toContain('value="04/01/2024"');
    expect(standIn).toContain('placeholder="dd/mm/yyyy"');
    expect(standIn).toContain('id="decidedOn"');
    // nameless: once hydrated a hidden input carries the day as YYYY-MM-DD
    expect(standIn).not.toContain("name=");
    // hidden without JavaScript, so it must not hold a form back there
    expect(standIn).toContain("noscript:hidden");
    expect(standIn).not.toContain("required");
    expect(html).not.toContain('type="hidden"');
  });

  it("keeps the native input for a browser without JavaScript, submitting YYYY-MM-DD under the field's name", () => {
    const native = /<noscript>(<input[^>]*>)<\/noscript>/.exec(html)?.[1] ?? "";
    for (const attribute of ['name="decidedOn"', 'type="date"', 'value="2024-01-04"', 'required=""']) expect(native).toContain(attribute);
    expect(html.match(/name="decidedOn"/g)).toHaveLength(1);
  });

  it("reads a typed dd/mm/yyyy as the day, and leaves what is no day as typed for the server to refuse", () => {
    expect(dayOfText("04/12/2026")).toBe("2026-12-04");
    expect(dayOfText(" 4/1/2024 ")).toBe("2024-01-04");
    expect(isLocalDate(dayOfText("29/02/2024"))).toBe(true);
    expect(dayOfText("29/02/2025")).toBe("29/02/2025");
    expect(dayOfText("12/31/2024")).toBe("12/31/2024");
    expect(dayOfText("")).toBe("");
    expect(dayText("2024-01-04")).toBe("04/01/2024");
    expect(dayText("")).toBe("");
  });
});
