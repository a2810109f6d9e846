// The English messages of load shedding (issue 19); the keys of load-vi.ts.
export const loadEn = {
  "load.busy.title": "The system is busy",
  "load.busy.body": "Too many people are opening the dashboard at once. The page reloads by itself in {seconds} seconds.",
  "load.busy.api": "The system is busy; nothing was written. Send the request again in {seconds} seconds.",
} as const;
