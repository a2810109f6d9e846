// Server actions called as a forged client would: the action's id (from the build's manifest,
// which names every action the app exports), the arguments encoded with React's own encodeReply
// (what the browser sends), the Next-Action header, and any session cookie. The permission each
// action declares is read from its source file, so a new action is covered without editing here.
import { readFileSync } from "node:fs";
import { encodeReply } from "next/dist/compiled/react-server-dom-turbopack/client.node.js";
import type { Permission } from "@/lib/auth/create-action";
import type { Client } from "./client";

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };

export type ServerActionInfo = { id: string; name: string; file: string; page: string; permission: Permission };

/** "app/(app)/reports/[period]/[agencyId]/page" → "/reports/1/1": any page the action is registered on. */
function pagePath(worker: string): string {
  const segments = worker.replace(/^app\//, "").replace(/\/page$/, "").split("/");
  const path = segments.filter((segment) => !/^\(.*\)$/.test(segment)).map((segment) => (/^\[.*\]$/.test(segment) ? "1" : segment));
  return `/${path.join("/")}`;
}

function declaredPermission(file: string, name: string): Permission {
  const source = readFileSync(file, "utf8");
  const start = source.indexOf(`export const ${name} = action(`);
  const match = start === -1 ? null : /permission:\s*(OWN_ACCOUNT|"([\w.]+)")/.exec(source.slice(start));
  if (match) return (match[2] ?? "ownAccount") as Permission;
  // made by a preset of the file: `const manage = actionsFor("user.manage", …)` … `export const x = manage(`
  const preset = new RegExp(`^export const ${name} = (\\w+)\\(`, "m").exec(source)?.[1];
  const declared = preset ? new RegExp(`^const ${preset} = actionsFor\\((OWN_ACCOUNT|"([\\w.]+)")`, "m").exec(source) : null;
  if (!declared) throw new Error(`${file}: no permission found for ${name}`);
  return (declared[2] ?? "ownAccount") as Permission;
}

export function serverActions(): ServerActionInfo[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName,
    file: entry.filename,
    page: pagePath(Object.keys(entry.workers)[0]!),
    permission: declaredPermission(entry.filename, entry.exportedName),
  }));
}

export type ActionOutcome = { status: number; result: { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> } | null; body: string };

/** Calls `action` as useActionState does: (previous state, form data). */
export async function callAction(client: Client, action: ServerActionInfo, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<ActionOutcome> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const encoded = await encodeReply([undefined, form]);
  const response = await client.ctx.post(action.page, {
    headers: { "next-action": action.id, accept: "text/x-component", ...headers },
    multipart: encoded as FormData,
    maxRedirects: 0,
  });
  const body = await response.text();
  return { status: response.status(), result: actionResult(body), body };
}

/** The action's return value in the RSC payload: the row that is an object with "ok". */
function actionResult(body: string): ActionOutcome["result"] {
  for (const line of body.split("\n")) {
    const match = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!match) continue;
    try {
      const value = JSON.parse(match[1]!) as Record<string, unknown>;
      if (typeof value.ok === "boolean") return value as ActionOutcome["result"];
    } catch {
      // not JSON: another kind of row
    }
  }
  return null;
}
