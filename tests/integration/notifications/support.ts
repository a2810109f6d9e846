// A real SMTP server for the notification tests (the `smtp-server` package, on a free port), and
// the job workers as app processes run them (graphile-worker on the test database).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import pg from "pg";
import type { Runner } from "graphile-worker";
import { connectionFields } from "@/lib/db/pg-adapter";
import { startJobWorker } from "@/lib/db/queue";
import { parseMailEnv, type MailEnv } from "@/lib/env";
import { createMailer } from "@/lib/mail/smtp";
import { createTasks } from "@/lib/jobs/tasks";

export type ReceivedMail = { from: string; to: string[]; raw: string };

export type TestSmtp = {
  port: number;
  received: ReceivedMail[];
  /** while true, every message is refused with 451 (a mail server in trouble) */
  failing: boolean;
  close(): Promise<void>;
};

export async function startSmtp(): Promise<TestSmtp> {
  const state: TestSmtp = { port: 0, received: [], failing: false, close: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => (raw += chunk));
      stream.on("end", () => {
        if (state.failing) {
          callback(Object.assign(new Error("Mailbox temporarily unavailable"), { responseCode: 451 }));
          return;
        }
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        state.received.push({ from, to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.port = (server.server.address() as AddressInfo).port;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

export const TEST_SECRET = "integration-test-secret-of-at-least-32-characters";

export function testMailEnv(port: number, attempts = 3): MailEnv {
  return parseMailEnv({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(port), MAIL_MAX_ATTEMPTS: String(attempts), APP_URL: "http://cchc.test" });
}

export type TestWorker = { runner: Runner; stop(): Promise<void> };

/** One worker as one app process runs it: its own pool to the app role's database, no cron. */
export async function startWorker(appUrl: string, mail: MailEnv, options: { now?: () => Date } = {}): Promise<TestWorker> {
  const pool = new pg.Pool({ ...connectionFields(appUrl), max: 4 });
  const mailer = createMailer(mail);
  const runner = await startJobWorker({
    pool,
    tasks: createTasks({ mail, mailer, secret: TEST_SECRET, now: options.now }),
    pollInterval: 300,
    crontab: false,
    concurrency: 2,
  });
  return {
    runner,
    async stop() {
      await runner.stop();
      mailer?.close();
      await pool.end();
    },
  };
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`waitFor: nothing after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Decoded text of a raw message: quoted-printable soft breaks and =XX bytes undone (nodemailer's encoding). */
export function decodedText(raw: string): string {
  const body = raw.replace(/=\r?\n/g, "");
  const bytes = body.replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** A notifications file's rig: a real SMTP server and one worker sending to it (two attempts a mail). */
export async function startMailRig(appUrl: string): Promise<{ smtp: TestSmtp; worker: TestWorker }> {
  const smtp = await startSmtp();
  return { smtp, worker: await startWorker(appUrl, testMailEnv(smtp.port, 2)) };
}

/** Stops the worker before its SMTP server, then closes the file's database (each may be unset after a failed start). */
export async function closeMailRig(worker: TestWorker | undefined, smtp: TestSmtp | undefined, database: { close(): Promise<void> } | undefined): Promise<void> {
  await worker?.stop();
  await smtp?.close();
  await database?.close();
}
