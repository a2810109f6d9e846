// The job worker of an app process (issue 22), started by instrumentation.ts unless JOBS_WORKER=off.
// Every process may run one: the queue hands each job to one of them. It uses the data layer's
// database (DATABASE_URL, or connectDatabase() in tests) through its own small pool.
import type { Runner } from "graphile-worker";
import { getAuthEnv, getMailEnv, type MailEnv } from "@/lib/env";
import { getQueuePool } from "@/lib/db";
import { startJobWorker } from "@/lib/db/queue";
import { createMailer } from "@/lib/mail/smtp";
import { createTasks } from "@/lib/jobs/tasks";

export type AppWorkerOptions = { mail?: MailEnv; secret?: string; pollInterval?: number; crontab?: boolean; concurrency?: number; now?: () => Date };

export async function startAppWorker(options: AppWorkerOptions = {}): Promise<Runner> {
  const mail = options.mail ?? getMailEnv();
  const mailer = createMailer(mail);
  const runner = await startJobWorker({
    pool: getQueuePool(),
    tasks: createTasks({ mail, mailer, secret: options.secret ?? getAuthEnv().NEXTAUTH_SECRET, now: options.now }),
    pollInterval: options.pollInterval,
    crontab: options.crontab,
    concurrency: options.concurrency,
  });
  void runner.promise.finally(() => mailer?.close());
  return runner;
}
