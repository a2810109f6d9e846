"use server";
// Units and reorganisations (issue 15): Home Affairs and the administrator ("agency.manage"). The
// wrapper checks the permission, parses the form, runs the write in one transaction and audits it;
// the data layer checks the organisation (lib/org/plan) and refuses a reorganisation as a whole.
import { action } from "@/lib/auth/action";
import * as org from "@/lib/data/reorganisation-apply";
import { createAgencySchema, reorganisationSchema, updateAgencySchema } from "@/lib/validations/reorganisations";

const LIST_PATH = "/admin/agencies";

export const createAgency = action(
  {
    permission: "agency.manage",
    schema: createAgencySchema,
    audit: {
      event: "AGENCY_CREATED",
      entityId: (_input, result: org.CreatedUnit) => String(result.id),
      details: (input, result: org.CreatedUnit) => ({ code: result.code, name: result.name, kind: input.kind, parentId: input.parentId, validFrom: input.validFrom }),
    },
    revalidate: () => [LIST_PATH],
  },
  (input, { tx, viewer }) => org.createAgency(tx, viewer, input),
);

export const updateAgency = action(
  {
    permission: "agency.manage",
    schema: updateAgencySchema,
    audit: {
      event: "AGENCY_UPDATED",
      entityId: (_input, result: org.UpdatedUnit) => String(result.id),
      details: (_input, result: org.UpdatedUnit) => ({ from: result.from, to: result.to }),
    },
    revalidate: (_input, result: org.UpdatedUnit) => [LIST_PATH, `${LIST_PATH}/${result.id}`],
  },
  (input, { tx, viewer }) => org.updateAgency(tx, viewer, input),
);

export const applyReorganisation = action(
  {
    permission: "agency.manage",
    schema: reorganisationSchema,
    audit: {
      event: "REORGANISATION_APPLIED",
      entityId: (_input, result: org.AppliedReorganisation) => String(result.id),
      details: (_input, result: org.AppliedReorganisation) => result,
    },
    revalidate: () => [LIST_PATH, "/admin/reorganisations", "/scorecard", "/dossiers"],
    redirectTo: (_input, result: org.AppliedReorganisation) => `/admin/reorganisations/${result.id}?applied=1`,
  },
  (input, { tx, viewer }) => org.applyReorganisation(tx, viewer, input.draft, input.decisions),
);
