"use server";
// Units and reorganisations (issue 15): Home Affairs and the administrator ("agency.manage"). The
// wrapper checks the permission, parses the form, runs the write in one transaction and audits it;
// the data layer checks the organisation (lib/org/plan) and refuses a reorganisation as a whole.
import { actionsFor, resultId } from "@/lib/auth/action";
import * as org from "@/lib/data/reorganisation-apply";
import { wordsOf } from "@/lib/notifications/words";
import { createAgencySchema, reorganisationSchema, updateAgencySchema } from "@/lib/validations/reorganisations";

const LIST_PATH = "/admin/agencies";
const manage = actionsFor("agency.manage", { revalidate: [LIST_PATH] });

export const createAgency = manage(createAgencySchema, org.createAgency, {
  audit: {
    event: "AGENCY_CREATED",
    entityId: resultId,
    details: (input, result) => ({ code: result.code, name: result.name, kind: input.kind, parentId: input.parentId, validFrom: input.validFrom }),
  },
});

export const updateAgency = manage(updateAgencySchema, org.updateAgency, {
  audit: { event: "AGENCY_UPDATED", entityId: resultId, details: (_input, result) => ({ from: result.from, to: result.to }) },
  revalidate: (_input, result) => [LIST_PATH, `${LIST_PATH}/${result.id}`],
});

export const applyReorganisation = manage(reorganisationSchema, (tx, viewer, input, locale) => org.applyReorganisation(tx, viewer, input.draft, input.decisions, wordsOf(locale)), {
  audit: { event: "REORGANISATION_APPLIED", entityId: resultId, details: (_input, result) => result },
  revalidate: () => [LIST_PATH, "/admin/reorganisations", "/scorecard", "/dossiers"],
  redirectTo: (_input, result) => `/admin/reorganisations/${result.id}?applied=1`,
});
