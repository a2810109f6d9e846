// The daily rule notifications (issue 22, DESIGN §6), year to date on the data's day:
// - an agency at or above 10 % late: the agency's own staff, leaders and Home Affairs;
// - an official above 10 % late (exactly 10 % is not): Home Affairs and inspectors, who read officials;
// - an agency with dossiers overdue NOTIFY_APOLOGY_DAYS days or more without an apology letter:
//   inspectors and the agency's own staff (accounts carry no "head of agency" flag: its staff stand for it);
// - an assessment run that triggers the replacement review of the head: leaders and Home Affairs.
// The units that break a rule are read province-wide and claimed in the crossing ledger
// (./crossings.ts): only a unit newly over the line notifies, once per rule and year. Each group
// of recipients then reads the claimed units' figures again with its own scope (./audience.ts):
// agency staff only ever see their own agency's.
import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { getWriteDb } from "@/lib/db";
import { WRITE_TRANSACTION } from "@/lib/data/transaction";
import { getDataAsOf } from "@/lib/data/province/settings";
import { getAgencyNames } from "@/lib/data/province/agencies";
import type { MessageValues } from "@/lib/i18n/keys";
import type { Words } from "@/lib/notifications/words";
import { agencyBreaksLateRule, officialBreaksLateRule } from "@/lib/metrics/dossiers";
import { addDays, rangePeriod, type LocalDate } from "@/lib/metrics/periods";
import { nameList } from "@/lib/notifications/scheduled";
import type { Role } from "@/lib/generated/prisma/enums";
import { scopeGroups, unsafeListAudience, unsafeViewerOf, type AudienceUser } from "./audience";
import { unsafeClaimCrossings, type CrossingRule } from "./crossings";
import { unsafeWriteNotifications, type MailSettings } from "./deliver";
import { countMissingApologies, getAgencyLateRates, getOfficialLateRates, getOfficialNames, getReplacementCases } from "./scheduled-reads";
import type { Message } from "./recipients";

type Outgoing = { message: Message; key: string };
type Group = { users: AudienceUser[]; viewer: Viewer; agencyId: number | null; role: Role };

/** A message's arguments and list items in a recipient's language (figures formatted in it). */
type Worded<T> = (words: Words) => T;

const names = ({ t, f }: Words, list: string[]) => {
  const { shown, more } = nameList(list);
  return t(more > 0 ? "notifications.msg.namesMore" : "notifications.msg.names", { names: shown, more: f.number(more) });
};

function listMessage(kind: CrossingRule, users: AudienceUser[], key: string, values: Worded<MessageValues>, items: Worded<string[]>, link: string): Outgoing {
  const text = (w: Words) => {
    const listed = items(w);
    return { title: w.t(`notifications.msg.${kind}.list`, { ...values(w), count: w.f.number(listed.length) }), body: names(w, listed) };
  };
  return { key, message: { kind, text, link, recipients: users } };
}

function ownMessage(kind: "RULE_AGENCY_LATE" | "RULE_NO_APOLOGY", users: AudienceUser[], key: string, values: Worded<MessageValues>, link: string): Outgoing {
  const text = (w: Words) => ({ title: w.t(`notifications.msg.${kind}.title`, values(w)), body: w.t(`notifications.msg.${kind}.body`, values(w)) });
  return { key, message: { kind, text, link, recipients: users } };
}

/**
 * Runs the four rules for the data's day; returns how many notifications it wrote.
 * Scope: the ledger is filled from province-wide reads; every message's figures are read again as its recipients' viewer.
 */
export async function unsafeRunRuleNotifications(apologyDays: number, mail: MailSettings, options: { day?: LocalDate } = {}): Promise<number> {
  const day = options.day ?? (await getDataAsOf());
  const year = Number(day.slice(0, 4));
  const period = rangePeriod(`${year}-01-01`, day);
  const dueBy: LocalDate = addDays(day, -apologyDays);
  const audience = await unsafeListAudience(["LEADER", "HOME_AFFAIRS", "INSPECTOR", "AGENCY"]);
  const groups: Group[] = await Promise.all(scopeGroups(audience).map(async (g) => ({ ...g, viewer: await unsafeViewerOf(g.users[0]!) })));
  const province = groups.find((g) => g.role === "HOME_AFFAIRS")?.viewer ?? { userId: 0, role: "HOME_AFFAIRS" as const, agencyId: null, predecessorIds: [] };
  const [agencyRates, officialRates, apologies, replacements, agencyNames] = await Promise.all([
    getAgencyLateRates(province, period),
    getOfficialLateRates(province, period),
    countMissingApologies(province, year, dueBy),
    getReplacementCases(province),
    getAgencyNames(),
  ]);
  const agencyName = (id: number) => agencyNames.get(id) ?? String(id);
  const values = ({ f }: Words) => ({ year, day: f.localDate(day), days: f.number(apologyDays) });
  const runKey = (rule: CrossingRule) => `${rule}:${year}:${day}`;

  return getWriteDb().$transaction(async (tx) => {
    const claim = async (rule: CrossingRule, units: { unit: string; value: number | null }[], periodKey = String(year)) =>
      [...(await unsafeClaimCrossings(tx, rule, periodKey, units))].map((unit) => Number(unit.split(":")[1]));
    const lateAgencies = await claim("RULE_AGENCY_LATE", agencyRates.filter((u) => agencyBreaksLateRule(u.rate)).map((u) => ({ unit: `agency:${u.id}`, value: u.rate })));
    const lateOfficials = await claim("RULE_OFFICIAL_LATE", officialRates.filter((u) => officialBreaksLateRule(u.rate)).map((u) => ({ unit: `official:${u.id}`, value: u.rate })));
    const noApology = await claim("RULE_NO_APOLOGY", [...apologies].filter(([, n]) => n > 0).map(([id, n]) => ({ unit: `agency:${id}`, value: n })));
    const replacementYear = replacements[0]?.year ?? year;
    const replaced = await claim("RULE_REPLACEMENT_REVIEW", replacements.map((c) => ({ unit: `agency:${c.agencyId}`, value: null })), String(replacementYear));

    const out: Outgoing[] = [];
    for (const group of groups) {
      const { role, users, viewer } = group;
      if (role === "AGENCY" && group.agencyId !== null) {
        const id = group.agencyId;
        const link = `/dossiers/agencies/${id}`;
        if (lateAgencies.includes(id)) {
          const own = (await getAgencyLateRates(viewer, period, [id])).find((u) => u.id === id);
          const rate = own?.rate ?? null;
          if (rate !== null && agencyBreaksLateRule(rate)) out.push(ownMessage("RULE_AGENCY_LATE", users, runKey("RULE_AGENCY_LATE"), (w) => ({ ...values(w), rate: w.f.percent(rate) }), link));
        }
        if (noApology.includes(id)) {
          const n = (await countMissingApologies(viewer, year, dueBy)).get(id) ?? 0;
          if (n > 0) out.push(ownMessage("RULE_NO_APOLOGY", users, runKey("RULE_NO_APOLOGY"), (w) => ({ ...values(w), count: w.f.number(n) }), `/dossiers/compliance?list=noApology&agency=${id}`));
        }
        continue;
      }
      if ((role === "LEADER" || role === "HOME_AFFAIRS") && lateAgencies.length > 0) {
        const rates = new Map((await getAgencyLateRates(viewer, period, lateAgencies)).map((u) => [u.id, u.rate]));
        const listed = lateAgencies.filter((id) => rates.has(id));
        const items = ({ f }: Words) => listed.map((id) => `${agencyName(id)} (${f.percent(rates.get(id)!)})`);
        if (listed.length > 0) out.push(listMessage("RULE_AGENCY_LATE", users, runKey("RULE_AGENCY_LATE"), values, items, "/dossiers/compliance?list=lateAgencies"));
      }
      if ((role === "HOME_AFFAIRS" || role === "INSPECTOR") && lateOfficials.length > 0) {
        const rates = new Map((await getOfficialLateRates(viewer, period)).map((u) => [u.id, u.rate]));
        const who = await getOfficialNames(viewer, lateOfficials);
        const listed = lateOfficials.filter((id) => rates.has(id) && who.has(id));
        const items = ({ f }: Words) => listed.map((id) => `${who.get(id)!.name} – ${who.get(id)!.agency} (${f.percent(rates.get(id)!)})`);
        if (listed.length > 0) out.push(listMessage("RULE_OFFICIAL_LATE", users, runKey("RULE_OFFICIAL_LATE"), values, items, "/dossiers"));
      }
      if (role === "INSPECTOR" && noApology.length > 0) {
        const counts = await countMissingApologies(viewer, year, dueBy);
        const listed = noApology.filter((id) => counts.has(id));
        const items = ({ f }: Words) => listed.map((id) => `${agencyName(id)} (${f.number(counts.get(id)!)})`);
        if (listed.length > 0) out.push(listMessage("RULE_NO_APOLOGY", users, runKey("RULE_NO_APOLOGY"), values, items, "/dossiers/compliance?list=noApology"));
      }
      if ((role === "LEADER" || role === "HOME_AFFAIRS") && replaced.length > 0) {
        const cases = new Map((await getReplacementCases(viewer)).map((c) => [c.agencyId, c]));
        const listed = replaced.filter((id) => cases.has(id));
        const items = ({ t }: Words) => listed.map((id) => `${cases.get(id)!.name} (${t(`notifications.msg.replacement.${cases.get(id)!.rule}`)})`);
        if (listed.length > 0) out.push(listMessage("RULE_REPLACEMENT_REVIEW", users, runKey("RULE_REPLACEMENT_REVIEW"), (w) => ({ ...values(w), year: replacementYear }), items, "/assessments"));
      }
    }
    let written = 0;
    for (const { message, key } of out) written += (await unsafeWriteNotifications(tx, message, key, mail)).length;
    return written;
  }, WRITE_TRANSACTION);
}
