"use client";
// The reorganisation editor (issue 15): the act, the units it establishes and its lines; a preview
// of what applying it would change (units, accounts — each moved or deactivated explicitly — open
// reports, quotas), then one submit that applies it all in one transaction. The draft travels as
// JSON in the form (lib/validations/reorganisations.ts); the preview comes from
// /api/reorganisations/preview, which checks it as applying would.
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { AppliedReorganisation } from "@/lib/data/reorganisation-apply";
import type { PreviewAnswer } from "@/lib/data/reorganisations";
import type { AdminLevel, AgencyKind } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { LINE_KINDS, type LineKind } from "@/lib/org/types";
import type { ReorganisationDraft, UnitRef, UserDecision } from "@/lib/org/plan";
import { DateInput } from "@/components/ui/date-input";
import { buttonClass, FormAlert, inputClass, secondaryButtonClass } from "@/components/ui/form-fields";
import { ReorganisationPreview, type PreviewLabels } from "./reorganisation-preview";

export type UnitOption = { id: number; name: string; kind: AgencyKind };
type NewUnit = { key: string; code: string; name: string; kind: AgencyKind; level: AdminLevel; parent: string };
type Line = { kind: LineKind; predecessorId: string; successor: string; share: string; toParent: string; note: string };
type Act = { actNumber: string; actDate: string; issuer: string; title: string; effectiveOn: string; note: string; synthetic: boolean };
export type EditorInitial = { act: Act; newUnits: NewUnit[]; lines: Line[] };

/** "e:12" an existing unit, "c:n1" a unit the act creates, "" none. */
function toRef(value: string): UnitRef | null {
  if (value.startsWith("e:")) return { existing: Number(value.slice(2)) };
  if (value.startsWith("c:")) return { created: value.slice(2) };
  return null;
}

const LEVEL_OF: Record<AgencyKind, AdminLevel> = { DEPARTMENT: "PROVINCE", DISTRICT: "DISTRICT", COMMUNE: "COMMUNE", OTHER: "PROVINCE" };

export function toDraft(state: EditorInitial): ReorganisationDraft {
  return {
    act: { ...state.act, note: state.act.note.trim() || null },
    newUnits: state.newUnits.map((u) => ({ key: u.key, code: u.code.trim(), name: u.name.trim(), shortName: null, kind: u.kind, level: u.level, parent: toRef(u.parent) })),
    lines: state.lines.map((l) => ({
      kind: l.kind,
      predecessorId: Number(l.predecessorId),
      successor: l.kind === "TRANSFER" ? { existing: Number(l.predecessorId) } : toRef(l.successor),
      share: Number(l.share.replace(",", ".")),
      toParent: l.kind === "TRANSFER" ? toRef(l.toParent) : null,
      note: l.note.trim() || null,
    })),
  };
}

function decisionsOf(choices: Record<number, string>): UserDecision[] {
  return Object.entries(choices).flatMap(([userId, choice]): UserDecision[] => {
    if (choice === "deactivate") return [{ userId: Number(userId), action: "deactivate" }];
    const to = toRef(choice);
    return to ? [{ userId: Number(userId), action: "move", to }] : [];
  });
}

const label = "block text-sm font-medium";

export function ReorganisationEditor({ action, units, initial, labels }: { action: ServerAction<AppliedReorganisation>; units: UnitOption[]; initial: EditorInitial; labels: PreviewLabels }) {
  const t = useTranslations();
  const [state, setDraftState] = useState<EditorInitial>(initial);
  const [choices, setChoices] = useState<Record<number, string>>({});
  const [preview, setPreview] = useState<PreviewAnswer | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [result, formAction, pending] = useActionState<ActionResult<AppliedReorganisation> | undefined, FormData>(action, undefined);
  const draft = toDraft(state);
  // a preview describes the draft it was made of: any change of the draft asks for a new one
  const setState = (update: (s: EditorInitial) => EditorInitial) => {
    setDraftState(update);
    setPreview(null);
  };
  // an account the preview found undecided is decided once a choice is made here
  const blocking = preview?.problems.filter((p) => !(p.path.startsWith("users.") && choices[Number(p.path.slice(6))])) ?? [];
  const setAct = (patch: Partial<Act>) => setState((s) => ({ ...s, act: { ...s.act, ...patch } }));
  const setLine = (i: number, patch: Partial<Line>) => setState((s) => ({ ...s, lines: s.lines.map((l, k) => (k === i ? { ...l, ...patch } : l)) }));
  const setUnit = (i: number, patch: Partial<NewUnit>) => setState((s) => ({ ...s, newUnits: s.newUnits.map((u, k) => (k === i ? { ...u, ...patch } : u)) }));
  const successorOptions = [...state.newUnits.map((u) => ({ value: `c:${u.key}`, name: t("org.editor.newUnitOption", { name: u.name || u.code || u.key }) })), ...units.map((u) => ({ value: `e:${u.id}`, name: u.name }))];

  async function runPreview() {
    setPreviewing(true);
    setPreviewError(null);
    try {
      const response = await fetch("/api/reorganisations/preview", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ draft, decisions: decisionsOf(choices) }),
      });
      const body = (await response.json()) as PreviewAnswer & { message?: string; issues?: { path: string; message: string }[] };
      if (!response.ok) {
        setPreview(null);
        setPreviewError(t("org.editor.previewFailed", { message: [body.message, ...(body.issues ?? []).map((i) => `${i.path}: ${i.message}`)].filter(Boolean).join(" ") }));
        return;
      }
      // every account of a closing unit starts on "move to the main successor"; nothing is decided silently
      setChoices((current) => {
        const next = { ...current };
        for (const user of body.users) {
          if (next[user.id] !== undefined || !user.suggested) continue;
          next[user.id] = "existing" in user.suggested ? `e:${user.suggested.existing}` : `c:${user.suggested.created}`;
        }
        return next;
      });
      setPreview(body);
    } catch (error) {
      setPreviewError(t("org.editor.previewFailed", { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setPreviewing(false);
    }
  }

  const failures = result && !result.ok ? Object.entries(result.fieldErrors).flatMap(([path, messages]) => (messages ?? []).map((m) => `${path}: ${m}`)) : [];

  return (
    <form action={formAction} className="space-y-8" noValidate data-testid="reorganisation-editor">
      <input type="hidden" name="draft" value={JSON.stringify(draft)} />
      <input type="hidden" name="decisions" value={JSON.stringify(decisionsOf(choices))} />
      <FormAlert state={result} />
      {failures.length > 0 ? (
        <ul className="list-disc pl-6 text-sm text-accent-700" data-testid="apply-problems">
          {failures.map((f) => <li key={f}>{f}</li>)}
        </ul>
      ) : null}

      <fieldset className="grid gap-4 rounded-lg border border-border bg-surface p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold text-brand-900">{t("org.editor.act")}</legend>
        <label className={label}>{t("org.editor.actNumber")}<input className={inputClass} value={state.act.actNumber} onChange={(e) => setAct({ actNumber: e.target.value })} data-testid="act-number" /></label>
        <label className={label}>{t("org.editor.issuer")}<input className={inputClass} value={state.act.issuer} onChange={(e) => setAct({ issuer: e.target.value })} data-testid="act-issuer" /></label>
        <label className={`${label} sm:col-span-2`}>{t("org.editor.title")}<input className={inputClass} value={state.act.title} onChange={(e) => setAct({ title: e.target.value })} data-testid="act-title" /></label>
        <label className={label}>{t("org.editor.actDate")}<DateInput className={inputClass} aria-label={t("org.editor.actDate")} value={state.act.actDate} onChange={(actDate) => setAct({ actDate })} data-testid="act-date" /></label>
        <label className={label}>{t("org.editor.effectiveOn")}<DateInput className={inputClass} aria-label={t("org.editor.effectiveOn")} value={state.act.effectiveOn} onChange={(effectiveOn) => setAct({ effectiveOn })} data-testid="act-effective" /></label>
        <label className={`${label} sm:col-span-2`}>{t("org.editor.note")}<textarea className={inputClass} value={state.act.note} onChange={(e) => setAct({ note: e.target.value })} rows={2} /></label>
        <label className="flex items-center gap-2 text-sm sm:col-span-2"><input type="checkbox" checked={state.act.synthetic} onChange={(e) => setAct({ synthetic: e.target.checked })} />{t("org.editor.synthetic")}</label>
      </fieldset>

      <fieldset className="space-y-3 rounded-lg border border-border bg-surface p-4">
        <legend className="px-1 font-semibold text-brand-900">{t("org.editor.newUnits")}</legend>
        {state.newUnits.map((unit, i) => (
          <div key={unit.key} className="grid gap-2 border-t border-border pt-3 sm:grid-cols-5" data-testid={`new-unit-${i}`}>
            <label className={label}>{t("org.unit.field.code")}<input className={inputClass} value={unit.code} onChange={(e) => setUnit(i, { code: e.target.value })} /></label>
            <label className={`${label} sm:col-span-2`}>{t("org.unit.field.name")}<input className={inputClass} value={unit.name} onChange={(e) => setUnit(i, { name: e.target.value })} /></label>
            <label className={label}>{t("org.editor.newUnitKind")}
              <select className={inputClass} value={unit.kind} onChange={(e) => setUnit(i, { kind: e.target.value as AgencyKind, level: LEVEL_OF[e.target.value as AgencyKind] })}>
                {(["COMMUNE", "DEPARTMENT", "DISTRICT", "OTHER"] as const).map((k) => <option key={k} value={k}>{t(`agency.kind.${k}`)}</option>)}
              </select>
            </label>
            <button type="button" className={`${secondaryButtonClass} self-end`} onClick={() => setState((s) => ({ ...s, newUnits: s.newUnits.filter((_, k) => k !== i) }))}>{t("org.editor.remove")}</button>
          </div>
        ))}
        <button type="button" className={secondaryButtonClass} data-testid="add-unit"
          onClick={() => setState((s) => ({ ...s, newUnits: [...s.newUnits, { key: `n${s.newUnits.length + 1}-${Date.now() % 100000}`, code: "", name: "", kind: "COMMUNE", level: "COMMUNE", parent: "" }] }))}>
          {t("org.editor.addUnit")}
        </button>
      </fieldset>

      <fieldset className="space-y-3 rounded-lg border border-border bg-surface p-4">
        <legend className="px-1 font-semibold text-brand-900">{t("org.editor.lines")}</legend>
        {state.lines.map((line, i) => (
          <div key={i} className="grid gap-2 border-t border-border pt-3 sm:grid-cols-6" data-testid={`line-${i}`}>
            <label className={label}>{t("org.editor.kind")}
              <select className={inputClass} value={line.kind} onChange={(e) => setLine(i, { kind: e.target.value as LineKind })}>
                {LINE_KINDS.map((k) => <option key={k} value={k}>{t(`org.line.${k}`)}</option>)}
              </select>
            </label>
            <label className={`${label} sm:col-span-2`}>{t("org.editor.predecessor")}
              <select className={inputClass} value={line.predecessorId} onChange={(e) => setLine(i, { predecessorId: e.target.value })} data-testid={`line-${i}-predecessor`}>
                <option value="">{t("org.editor.choose")}</option>
                {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
              </select>
            </label>
            {line.kind === "TRANSFER" ? (
              <label className={`${label} sm:col-span-2`}>{t("org.editor.toParent")}
                <select className={inputClass} value={line.toParent} onChange={(e) => setLine(i, { toParent: e.target.value })}>
                  <option value="">{t("org.unit.field.parentNone")}</option>
                  {successorOptions.map((o) => <option key={o.value} value={o.value}>{o.name}</option>)}
                </select>
              </label>
            ) : (
              <label className={`${label} sm:col-span-2`}>{t("org.editor.successor")}
                <select className={inputClass} value={line.successor} onChange={(e) => setLine(i, { successor: e.target.value })} data-testid={`line-${i}-successor`}>
                  <option value="">{t("org.editor.successorNone")}</option>
                  {successorOptions.map((o) => <option key={o.value} value={o.value}>{o.name}</option>)}
                </select>
              </label>
            )}
            <label className={label}>{t("org.editor.share")}<input className={inputClass} inputMode="decimal" value={line.share} onChange={(e) => setLine(i, { share: e.target.value })} data-testid={`line-${i}-share`} /></label>
            <label className={`${label} sm:col-span-5`}>{t("org.editor.lineNote")}<input className={inputClass} value={line.note} onChange={(e) => setLine(i, { note: e.target.value })} /></label>
            <button type="button" className={`${secondaryButtonClass} self-end`} onClick={() => setState((s) => ({ ...s, lines: s.lines.filter((_, k) => k !== i) }))}>{t("org.editor.remove")}</button>
          </div>
        ))}
        <button type="button" className={secondaryButtonClass} data-testid="add-line"
          onClick={() => setState((s) => ({ ...s, lines: [...s.lines, { kind: "MERGE", predecessorId: "", successor: "", share: "1", toParent: "", note: "" }] }))}>
          {t("org.editor.addLine")}
        </button>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <button type="button" className={secondaryButtonClass} onClick={runPreview} disabled={previewing} aria-busy={previewing} data-testid="preview">
          {previewing ? t("org.editor.previewing") : t("org.editor.preview")}
        </button>
        <button type="submit" className={buttonClass} disabled={pending || !preview || blocking.length > 0} aria-busy={pending} data-testid="apply">
          {pending ? t("org.editor.applying") : t("org.editor.apply")}
        </button>
      </div>
      <div role="status">{previewError ? <p className="text-sm text-accent-700">{previewError}</p> : null}</div>
      {preview ? <ReorganisationPreview preview={preview} problems={blocking} choices={choices} setChoice={(userId, value) => { setChoices((c) => ({ ...c, [userId]: value })); }} successorOptions={successorOptions} labels={labels} /> : null}
    </form>
  );
}
