import "server-only";
import { containsText, db, dbReady } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ChatMessage, Conversation } from "@/lib/generated/prisma/client";
import type { ChatMessageDto, ConversationDto, ConversationSummaryDto, MessageStatus } from "./dto";
import { liveAnswers } from "./live";
import type { ChatAttachment, ChatOptions, ChatUsage } from "./types";

export const NEW_CHAT_TITLE = "New chat";
const INTERRUPTED = "The answer was interrupted when the server restarted.";

type StoredContent = { text: string; attachments: ChatAttachment[] };

export function encodeContent(text: string, attachments: ChatAttachment[] = []): string {
  return JSON.stringify({ text, attachments } satisfies StoredContent);
}

function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function toMessageDto(m: ChatMessage): ChatMessageDto {
  const content = parseJson<Partial<StoredContent>>(m.content, {});
  return {
    id: m.id,
    role: m.role === "assistant" ? "assistant" : "user",
    text: content.text ?? "",
    attachments: content.attachments ?? [],
    thinking: m.thinking,
    modelId: m.modelId,
    status: m.status as MessageStatus,
    creditsConsumed: m.creditsConsumed,
    usage: parseJson<ChatUsage | null>(m.usage, null),
    error: m.error,
    createdAt: m.createdAt.toISOString(),
  };
}

function toSummary(c: Conversation): ConversationSummaryDto {
  return { id: c.id, title: c.title, modelId: c.modelId, updatedAt: c.updatedAt.toISOString() };
}

export function optionsOf(c: Conversation): ChatOptions {
  return parseJson<ChatOptions>(c.options, {});
}

/** The conversation if it belongs to the user; anyone else's is "not found". */
export async function ownedConversation(userId: string, id: string): Promise<Conversation> {
  await dbReady();
  const conversation = await db.conversation.findFirst({ where: { id, userId } });
  if (!conversation) throw notFound("Conversation not found");
  return conversation;
}

export async function listConversations(userId: string, q?: string): Promise<ConversationSummaryDto[]> {
  await dbReady();
  const rows = await db.conversation.findMany({
    where: {
      userId,
      ...(q
        ? { OR: [{ title: containsText(q) }, { messages: { some: { content: containsText(q) } } }] }
        : {}),
    },
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
  return rows.map(toSummary);
}

export async function getConversation(userId: string, id: string): Promise<ConversationDto> {
  const conversation = await ownedConversation(userId, id);
  await settleOrphans(conversation.id);
  const messages = await db.chatMessage.findMany({
    where: { conversationId: conversation.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return {
    ...toSummary(conversation),
    options: optionsOf(conversation),
    messages: messages.map(toMessageDto),
  };
}

/** A "streaming" row with no running answer behind it was cut off by a restart. */
async function settleOrphans(conversationId: string): Promise<void> {
  const streaming = await db.chatMessage.findMany({
    where: { conversationId, status: "streaming" },
    select: { id: true },
  });
  const orphans = streaming.filter((m) => !liveAnswers().has(m.id)).map((m) => m.id);
  if (orphans.length)
    await db.chatMessage.updateMany({
      where: { id: { in: orphans } },
      data: { status: "error", error: INTERRUPTED },
    });
}

export async function createConversation(
  userId: string,
  input: { title?: string; modelId: string; options: ChatOptions },
): Promise<ConversationDto> {
  await dbReady();
  const c = await db.conversation.create({
    data: {
      userId,
      title: input.title || NEW_CHAT_TITLE,
      modelId: input.modelId,
      options: JSON.stringify(input.options),
    },
  });
  return { ...toSummary(c), options: input.options, messages: [] };
}

export async function updateConversation(
  userId: string,
  id: string,
  patch: { title?: string; modelId?: string; options?: ChatOptions },
): Promise<ConversationSummaryDto> {
  await ownedConversation(userId, id);
  const c = await db.conversation.update({
    where: { id },
    data: {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.modelId !== undefined ? { modelId: patch.modelId } : {}),
      ...(patch.options !== undefined ? { options: JSON.stringify(patch.options) } : {}),
    },
  });
  return toSummary(c);
}

export async function deleteConversation(userId: string, id: string): Promise<void> {
  await ownedConversation(userId, id);
  for (const live of liveAnswers().values()) if (live.conversationId === id) live.stop();
  await db.conversation.delete({ where: { id } });
}

/** A title from the first message: its first line, cut at a word near 60 characters. */
export function titleFrom(text: string): string {
  const line = text.trim().split("\n")[0]?.trim() ?? "";
  if (line.length <= 60) return line || NEW_CHAT_TITLE;
  const cut = line.slice(0, 60);
  const space = cut.lastIndexOf(" ");
  return `${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
