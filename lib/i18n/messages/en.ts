// English catalogue (DESIGN §8: Vietnamese first, English second). Typed by the Vietnamese
// keys: a missing or unknown key fails the typecheck.
import type { Messages } from "./vi";

export const en = {
  "app.title": "Administrative reform dashboard",
  "app.shortTitle": "PAR dashboard",
  "app.description":
    "Monitor, assess and steer the province's administrative reform on one consistent set of data.",
  "app.provinceLabel": "{name} province",
  "app.footer": "Administrative reform steering system of {name} province",

  "shell.skipToContent": "Skip to main content",
  "shell.mainNavigation": "Main navigation",
  "shell.menu": "Menu",

  "nav.home": "Home",
  "nav.scorecard": "Scorecard",
  "nav.dossiers": "Dossiers",
  "nav.tasks": "Tasks",
  "nav.staffing": "Staffing",
  "nav.indices": "Indices",
  "nav.reports": "Periodic reports",
  "nav.admin": "Administration",

  "home.heading": "Overview",
  "home.intro":
    "The system brings together the tasks assigned by the Provincial People's Committee, administrative-procedure dossiers from the one-stop system, staffing, and the PAR INDEX, SIPAS, PAPI, PCI and DTI indices in one database, so that the province's leaders can follow progress, agencies can report their results, and the Department of Home Affairs can check and assess them.",
  "home.countsHeading": "Figures in the system",
  "home.count.agencies": "Agencies and units",
  "home.count.procedures": "Administrative procedures",
  "home.count.tasks": "Assigned tasks",
  "home.count.dossiers": "Procedure dossiers",
  "home.countsNote": "Total records currently in the database.",

  "common.noData": "no data",
  "common.loading": "Loading data…",
  "common.backHome": "Back to the home page",

  "error.heading": "Something went wrong",
  "error.body": "This page cannot be shown right now. Please try again; if the error persists, tell the system administrator.",
  "error.reference": "Reference: {digest}",
  "error.retry": "Try again",

  "notFound.title": "Page not found",
  "notFound.heading": "Page not found",
  "notFound.body": "The page you are looking for does not exist, or you may not view it.",
} as const satisfies Messages;
