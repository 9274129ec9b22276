// What the messaging endpoints accept and answer.
import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES } from './attachment-type';

const id = z.string().min(1).max(40);

export const conversationParams = z.object({ patientId: id, therapistId: id });
export const messageParams = z.object({ id });

/** Base64 grows 4/3; the body limit leaves room for the text beside the largest image. */
export const MAX_MESSAGE_BODY_BYTES = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 16 * 1024;

export const sendMessageInput = z.object({
  body: z.string().trim().min(1, 'is required').max(4000),
  /** "Ask about this exercise": a plan item of the patient's plan with this therapist. */
  planItemId: id.optional(),
  /** An image (PNG, JPEG or WebP, up to 2 MiB) as base64; its type is read from its bytes. */
  attachment: z
    .string()
    .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4)
    .optional(),
});
export type SendMessageInput = z.infer<typeof sendMessageInput>;

export const threadQuery = z.object({
  /** Only messages sent after this instant (polling). */
  after: z.iso.datetime({ offset: true }).optional(),
});

export const messageView = z.object({
  id: z.string(),
  senderRole: z.enum(['PATIENT', 'THERAPIST']),
  senderName: z.string(),
  body: z.string(),
  exercise: z.object({ planItemId: z.string(), name: z.string() }).nullable(),
  attachment: z.object({ url: z.string(), type: z.string(), size: z.number().int() }).nullable(),
  sentAt: z.string(),
  /** When the other side first read it (the read receipt). */
  readAt: z.string().nullable(),
});
export type MessageView = z.infer<typeof messageView>;

export const threadOutput = z.object({
  patient: z.object({ id: z.string(), name: z.string() }),
  therapist: z.object({ id: z.string(), name: z.string() }),
  messages: z.array(messageView),
});
export type ThreadOutput = z.infer<typeof threadOutput>;

export const conversationSummary = z.object({
  patient: z.object({ id: z.string(), name: z.string() }),
  therapist: z.object({ id: z.string(), name: z.string() }),
  lastMessageAt: z.string().nullable(),
  /** Messages from the other side not read yet. */
  unread: z.number().int(),
});
export type ConversationSummary = z.infer<typeof conversationSummary>;
export const conversationList = z.object({ conversations: z.array(conversationSummary) });
