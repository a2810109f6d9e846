// The unsubscribe link of an e-mail (issue 22): `/unsubscribe?token=…` names the person and the
// kind, signed with HMAC-SHA256 under the server's secret, so it works without signing in and
// cannot be altered to unsubscribe someone else.
import { createHmac, timingSafeEqual } from "node:crypto";
import { isNotificationKind, type NotificationKind } from "./kinds";

const sign = (secret: string, body: string) => createHmac("sha256", secret).update(`unsubscribe:${body}`).digest("base64url");

export function unsubscribeToken(secret: string, userId: number, kind: NotificationKind): string {
  const body = `${userId}.${kind}`;
  return `${body}.${sign(secret, body)}`;
}

/** The person and kind a token names; null when it is malformed or its signature does not match. */
export function readUnsubscribeToken(secret: string, token: string): { userId: number; kind: NotificationKind } | null {
  const match = /^(\d{1,9})\.([A-Z_]{3,40})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, id, kind, signature] = match as unknown as [string, string, string, string];
  if (!isNotificationKind(kind)) return null;
  const expected = Buffer.from(sign(secret, `${id}.${kind}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId: Number(id), kind };
}

/** An e-mail's two unsubscribe addresses: the confirmation page (the text's link) and the RFC 8058 one-click POST target (the headers'). */
export function unsubscribeUrls(appUrl: string, secret: string, userId: number, kind: NotificationKind): { page: string; oneClick: string } {
  const token = unsubscribeToken(secret, userId, kind);
  return { page: `${appUrl}/unsubscribe?token=${token}`, oneClick: `${appUrl}/api/unsubscribe/one-click?token=${token}` };
}
