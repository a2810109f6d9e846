// The SMTP transport (issue 22): nodemailer, configured from lib/env.ts (SMTP_HOST, SMTP_PORT,
// SMTP_SECURE, SMTP_USER/SMTP_PASSWORD, SMTP_FROM). No SMTP_HOST: no transport, and nothing is
// queued for e-mail (the notification centre still shows everything).
import nodemailer from "nodemailer";
import type { MailEnv } from "@/lib/env";
import type { MailContent } from "./compose";

/** unsubscribeUrl: the confirmation page (in the text); oneClickUrl: the RFC 8058 POST target (in the headers). */
export type OutgoingMail = MailContent & { to: string; unsubscribeUrl: string; oneClickUrl: string };
export type Mailer = { send(mail: OutgoingMail): Promise<void>; close(): void };

export function createMailer(env: MailEnv): Mailer | null {
  if (!env.smtp) return null;
  const transport = nodemailer.createTransport({
    host: env.smtp.host,
    port: env.smtp.port,
    secure: env.smtp.secure,
    auth: env.smtp.auth,
    // a mail server that does not answer must fail the job (and so retry it), not hold the worker
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from: env.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        // RFC 2369 + RFC 8058: the mail client's own unsubscribe button POSTs to oneClickUrl
        list: { unsubscribe: mail.oneClickUrl },
        headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      });
    },
    close: () => transport.close(),
  };
}
