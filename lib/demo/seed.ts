// PLACEHOLDER — being written (demo data generator). Interface used by scripts/with-database.ts.
export async function databaseIsEmpty(databaseUrl: string): Promise<boolean> {
  void databaseUrl;
  throw new Error("not written yet");
}

export async function seedDemoData(options: {
  databaseUrl: string;
  scale: number;
  log?: (line: string) => void;
}): Promise<string> {
  void options;
  throw new Error("not written yet");
}
