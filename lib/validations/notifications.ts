// The notification centre's, preferences' and schedules' form posts (issue 22).
import { z } from "zod";
import { msg } from "@/lib/validations/messages";
import { recordId } from "@/lib/validations/input";
import { DELIVERY_FREQUENCIES, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { SCHEDULES } from "@/lib/jobs/schedules";

/** `id` marks one notification read, `all=1` all of the viewer's; a post with neither changes nothing. */
export const markReadSchema = z
  .object({ id: recordId(msg("notifications.error.notFound")).optional(), all: z.literal("1").optional() })
  .refine((input) => input.id !== undefined || input.all === "1", { error: msg("notifications.error.nothingChosen") });

/**
 * One checkbox `email:<KIND>` per kind; an unticked box is absent from the post, so the form also
 * sends `form=preferences`: a post without it (not from the form) would turn every kind off.
 */
export const preferencesSchema = z
  .looseObject({
    form: z.literal("preferences", { error: msg("notifications.error.incompleteForm") }),
    // absent: the frequency stays as it is
    frequency: z.enum(DELIVERY_FREQUENCIES, { error: msg("notifications.error.incompleteForm") }).optional(),
  })
  .transform((input) => ({
    frequency: input.frequency,
    email: Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, input[`email:${kind}`] === "on"])) as Record<(typeof NOTIFICATION_KINDS)[number], boolean>,
  }));

const TASKS = SCHEDULES.map((entry) => entry.task) as [(typeof SCHEDULES)[number]["task"], ...(typeof SCHEDULES)[number]["task"][]];

export const scheduleSchema = z.object({
  task: z.enum(TASKS, { error: msg("notifications.error.unknownTask") }),
  paused: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** /unsubscribe?token=…[&done=1]: the e-mail's link, then the page after the click. */
export const unsubscribeParams = () =>
  z.object({ token: z.string().max(200).optional(), done: z.literal("1").optional() });
