// An e-mail's text and HTML (issue 22): in the recipient's language (Vietnamese unless chosen), with a plain-text part for every message, the
// link to the thing and the unsubscribe link of its kind. Pure, so a unit test reads the output.
import { wordsOf, type Words } from "@/lib/notifications/words";

export type MailContent = { subject: string; text: string; html: string };

export type ComposeInput = {
  title: string;
  /** paragraphs; a digest has several */
  lines: string[];
  /** absolute */
  url: string;
  unsubscribeUrl: string;
  province: string;
};

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function composeMail(input: ComposeInput, { t, locale }: Words = wordsOf()): MailContent {
  const text = [
    input.title,
    "",
    ...input.lines,
    "",
    t("mail.open", { url: input.url }),
    "",
    "—",
    t("mail.footer", { province: input.province }),
    t("mail.unsubscribe", { url: input.unsubscribeUrl }),
    "",
  ].join("\n");
  const paragraphs = input.lines.map((line) => `<p style="margin:0 0 8px">${escapeHtml(line)}</p>`).join("");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:Arial,sans-serif;color:#1f2937;line-height:1.5">
<h1 style="font-size:18px;color:#1e3a8a">${escapeHtml(input.title)}</h1>${paragraphs}
<p><a href="${escapeHtml(input.url)}" style="color:#1d4ed8">${escapeHtml(input.url)}</a></p>
<hr><p style="font-size:12px;color:#6b7280">${escapeHtml(t("mail.footer", { province: input.province }))}<br>
<a href="${escapeHtml(input.unsubscribeUrl)}" style="color:#6b7280">${escapeHtml(t("notifications.unsubscribe.title"))}</a></p>
</body></html>`;
  return { subject: input.title, text, html };
}
