import { z } from "zod";
import { chatModel, MAX_IMAGE_BYTES, MAX_IMAGES_PER_MESSAGE } from "./models";

export const MAX_MESSAGE_CHARS = 32_000;
export const MAX_SYSTEM_CHARS = 8_000;
export const MAX_TITLE_CHARS = 120;

const IMAGE_MIMES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;

export const chatOptionsSchema = z.object({
  system: z
    .string()
    .max(MAX_SYSTEM_CHARS, `The system prompt can be at most ${MAX_SYSTEM_CHARS} characters`)
    .optional(),
  temperature: z
    .number({ error: "The temperature must be a number" })
    .min(0, "The temperature must be at least 0")
    .max(2, "The temperature can be at most 2")
    .optional(),
  reasoningEffort: z
    .enum(["low", "medium", "high", "xhigh"], {
      error: "Reasoning effort must be low, medium, high or xhigh",
    })
    .optional(),
  thinking: z.boolean().optional(),
  webSearch: z.boolean().optional(),
  json: z.boolean().optional(),
});

const modelIdSchema = z
  .string()
  .refine((id) => chatModel(id) !== undefined, { error: "Pick one of the listed chat models" });

/** A data URL's base64 is 4/3 of the bytes; the check is on the decoded size. */
function dataUrlBytes(url: string): number {
  const comma = url.indexOf(",");
  return Math.floor(((url.length - comma - 1) * 3) / 4);
}

export const attachmentSchema = z
  .object({
    kind: z.literal("image", { error: "Only images can be attached" }),
    url: z
      .string()
      .max(8_000_000, "The image is too large")
      .refine((u) => /^https?:\/\//.test(u) || /^data:image\/[\w.+-]+;base64,/.test(u), {
        error: "An attachment must be an uploaded image URL or an image data URL",
      }),
    mime: z.enum(IMAGE_MIMES, { error: "Attach PNG, JPEG, WebP or GIF images" }),
    name: z.string().max(255, "The file name can be at most 255 characters").optional(),
  })
  .refine((a) => !a.url.startsWith("data:") || dataUrlBytes(a.url) <= MAX_IMAGE_BYTES, {
    error: `Each image can be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB`,
  });

const textSchema = z
  .string()
  .max(MAX_MESSAGE_CHARS, `A message can be at most ${MAX_MESSAGE_CHARS} characters`);
const attachmentsSchema = z
  .array(attachmentSchema)
  .max(MAX_IMAGES_PER_MESSAGE, `Attach at most ${MAX_IMAGES_PER_MESSAGE} images per message`)
  .default([]);

const turnSettings = { modelId: modelIdSchema.optional(), options: chatOptionsSchema.optional() };

const withContent = <T extends { text: string; attachments: unknown[] }>(v: T) =>
  v.text.trim() !== "" || v.attachments.length > 0;
const EMPTY = { error: "Write a message or attach an image", path: ["text"] };

export const postMessageSchema = z.discriminatedUnion(
  "action",
  [
    z
      .object({
        action: z.literal("send"),
        text: textSchema,
        attachments: attachmentsSchema,
        ...turnSettings,
      })
      .refine(withContent, EMPTY),
    z.object({ action: z.literal("regenerate"), ...turnSettings }),
    z
      .object({
        action: z.literal("edit"),
        messageId: z.string().min(1, "Say which message to edit"),
        text: textSchema,
        attachments: attachmentsSchema,
        ...turnSettings,
      })
      .refine(withContent, EMPTY),
  ],
  { error: "The action must be send, regenerate or edit" },
);
export type PostMessageInput = z.infer<typeof postMessageSchema>;

export const createConversationSchema = z.object({
  title: z
    .string()
    .trim()
    .max(MAX_TITLE_CHARS, `A title can be at most ${MAX_TITLE_CHARS} characters`)
    .optional(),
  modelId: modelIdSchema,
  options: chatOptionsSchema.default({}),
});

export const updateConversationSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, "A title cannot be empty")
      .max(MAX_TITLE_CHARS, `A title can be at most ${MAX_TITLE_CHARS} characters`)
      .optional(),
    modelId: modelIdSchema.optional(),
    options: chatOptionsSchema.optional(),
  })
  .refine((v) => v.title !== undefined || v.modelId !== undefined || v.options !== undefined, {
    error: "Nothing to change",
  });

export const listQuerySchema = z.object({
  q: z.string().trim().max(200, "The search can be at most 200 characters").optional(),
});

export const assistSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("lyrics"),
      idea: z
        .string()
        .trim()
        .min(1, "Describe the song idea")
        .max(2000, "The idea can be at most 2000 characters"),
      context: z.string().max(2000, "The context can be at most 2000 characters").optional(),
    }),
    z.object({
      kind: z.literal("prompt"),
      idea: z
        .string()
        .trim()
        .min(1, "Describe what you want")
        .max(2000, "The idea can be at most 2000 characters"),
      context: z.string().max(2000, "The context can be at most 2000 characters").optional(),
    }),
  ],
  { error: "The kind must be lyrics or prompt" },
);
export type AssistInput = z.infer<typeof assistSchema>;
