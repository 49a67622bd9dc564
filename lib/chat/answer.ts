import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { ChatMessage } from "@/lib/generated/prisma/client";
import type { ChatMessageDto, ChatStreamEvent } from "./dto";
import { inlineImages } from "./inline-images";
import { callKieChat } from "./kie-stream";
import { LiveAnswer, liveAnswerIn, liveAnswers } from "./live";
import { type ChatModel, chatModel } from "./models";
import type { PostMessageInput } from "./schemas";
import {
  encodeContent,
  NEW_CHAT_TITLE,
  optionsOf,
  ownedConversation,
  titleFrom,
  toMessageDto,
} from "./store";
import type { ChatOptions, NeutralMessage } from "./types";

/** How often the growing answer is written to the database while it streams. */
const SAVE_EVERY_MS = 400;

export type StartedAnswer = {
  userMessage: ChatMessageDto | null;
  assistantMessage: ChatMessageDto;
  live: LiveAnswer;
  /** Resolves when the answer is finished and saved (done, error or stopped). */
  finished: Promise<void>;
};

export type StartOptions = {
  /** Extra headers for the Kie call (simulator fault controls in tests). */
  upstreamHeaders?: Record<string, string>;
};

/**
 * Records the user's turn, creates the streaming assistant message and starts reading Kie in the
 * background. The answer is saved to the end even if no browser is listening; only Stop aborts it.
 */
export async function startAnswer(
  userId: string,
  conversationId: string,
  input: PostMessageInput,
  opts: StartOptions = {},
): Promise<StartedAnswer> {
  const conversation = await ownedConversation(userId, conversationId);
  if (liveAnswerIn(conversationId))
    throw new AppError("answer_in_progress", "An answer is still being written; stop it first", {
      status: 409,
    });

  const modelId = input.modelId ?? conversation.modelId;
  const model = chatModel(modelId);
  if (!model) throw new AppError("unknown_model", "Pick one of the listed chat models", { status: 400 });
  const options: ChatOptions = input.options ?? optionsOf(conversation);
  const userMessage = await recordUserTurn(conversationId, input, model);

  const rows = await db.chatMessage.findMany({
    where: { conversationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  // A model that cannot see images gets the text of earlier turns only.
  let history = toHistory(rows).map((m) => (model.caps.images ? m : { ...m, attachments: [] }));
  if (history.at(-1)?.role !== "user")
    throw new AppError("nothing_to_answer", "There is no user message to answer", { status: 409 });
  if (model.format === "gemini") history = await inlineImages(history);

  const firstUserText = rows.find((r) => r.role === "user");
  await db.conversation.update({
    where: { id: conversationId },
    data: {
      modelId,
      options: JSON.stringify(options),
      ...(conversation.title === NEW_CHAT_TITLE && firstUserText
        ? { title: titleFrom(toMessageDto(firstUserText).text) }
        : {}),
    },
  });

  const assistant = await db.chatMessage.create({
    data: { conversationId, role: "assistant", content: encodeContent(""), modelId, status: "streaming" },
  });
  const live = new LiveAnswer(assistant.id, conversationId, userId);
  liveAnswers().set(assistant.id, live);
  const finished = pump(live, model, history, options, opts.upstreamHeaders);
  return { userMessage, assistantMessage: toMessageDto(assistant), live, finished };
}

async function recordUserTurn(
  conversationId: string,
  input: PostMessageInput,
  model: ChatModel,
): Promise<ChatMessageDto | null> {
  if (input.action !== "regenerate" && input.attachments.length > 0 && !model.caps.images)
    throw new AppError("images_unsupported", `${model.label} does not accept images`, { status: 400 });

  if (input.action === "send") {
    const created = await db.chatMessage.create({
      data: { conversationId, role: "user", content: encodeContent(input.text, input.attachments) },
    });
    return toMessageDto(created);
  }
  if (input.action === "regenerate") {
    const last = await db.chatMessage.findFirst({
      where: { conversationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    if (last?.role === "assistant") await db.chatMessage.delete({ where: { id: last.id } });
    return null;
  }
  const target = await db.chatMessage.findFirst({
    where: { id: input.messageId, conversationId, role: "user" },
  });
  if (!target) throw notFound("Message not found");
  // Editing rewrites history from that point: everything after the edited message goes.
  await db.chatMessage.deleteMany({
    where: {
      conversationId,
      OR: [{ createdAt: { gt: target.createdAt } }, { createdAt: target.createdAt, id: { gt: target.id } }],
    },
  });
  const updated = await db.chatMessage.update({
    where: { id: target.id },
    data: { content: encodeContent(input.text, input.attachments) },
  });
  return toMessageDto(updated);
}

/** Failed answers are left out of what the model sees; stopped ones keep their partial text. */
function toHistory(rows: ChatMessage[]): NeutralMessage[] {
  const history: NeutralMessage[] = [];
  for (const row of rows) {
    const dto = toMessageDto(row);
    if (dto.role === "assistant" && (dto.status === "error" || dto.status === "streaming" || !dto.text))
      continue;
    const previous = history.at(-1);
    // Formats require alternating roles; two user turns in a row (after a failed answer) merge.
    if (previous?.role === "user" && dto.role === "user") {
      previous.text = [previous.text, dto.text].filter(Boolean).join("\n\n");
      previous.attachments = [...(previous.attachments ?? []), ...dto.attachments];
      continue;
    }
    history.push({ role: dto.role, text: dto.text, attachments: dto.attachments });
  }
  return history;
}

async function pump(
  live: LiveAnswer,
  model: ChatModel,
  messages: NeutralMessage[],
  options: ChatOptions,
  headers?: Record<string, string>,
): Promise<void> {
  let lastSave = Date.now();
  let saving: Promise<unknown> = Promise.resolve();
  const save = (data: Parameters<typeof db.chatMessage.update>[0]["data"]) => {
    saving = saving
      .then(() => db.chatMessage.update({ where: { id: live.messageId }, data }))
      .catch(() => {});
    return saving;
  };
  const partial = () => ({ content: encodeContent(live.text), thinking: live.thinking || null });

  let outcome: { status: "done" | "error" | "stopped"; data: Record<string, unknown> } | null = null;
  // The last event waits until the answer is saved: whoever hears it may send the next message at once.
  let last: ChatStreamEvent | null = null;
  try {
    for await (const event of callKieChat({
      model,
      messages,
      options,
      signal: live.controller.signal,
      headers,
    })) {
      if (event.type === "text" || event.type === "thinking") {
        live.publish(event);
        if (Date.now() - lastSave >= SAVE_EVERY_MS) {
          lastSave = Date.now();
          void save(partial());
        }
      } else if (event.type === "done") {
        outcome = {
          status: "done",
          data: {
            creditsConsumed: event.creditsConsumed,
            usage: event.usage ? JSON.stringify(event.usage) : null,
          },
        };
        last = { type: "done", creditsConsumed: event.creditsConsumed, usage: event.usage };
      } else {
        outcome = { status: "error", data: { error: event.message } };
        last = { type: "error", message: event.message };
      }
    }
  } catch (error) {
    const message = `The answer failed: ${error instanceof Error ? error.message : String(error)}`;
    outcome = { status: "error", data: { error: message } };
    last = { type: "error", message };
  }
  if (live.controller.signal.aborted && outcome?.status !== "done") {
    outcome = { status: "stopped", data: {} };
    last = { type: "stopped" };
  }
  await save({ ...partial(), status: outcome?.status ?? "error", ...(outcome?.data ?? {}) });
  await db.conversation
    .update({ where: { id: live.conversationId }, data: { updatedAt: new Date() } })
    .catch(() => {});
  liveAnswers().delete(live.messageId);
  live.finished = true;
  if (last) live.publish(last);
}

/** Stop = abort the upstream fetch. A row left "streaming" by a restart is settled as stopped. */
export async function stopAnswer(
  userId: string,
  conversationId: string,
  messageId: string,
): Promise<boolean> {
  await ownedConversation(userId, conversationId);
  const live = liveAnswers().get(messageId);
  if (live && live.conversationId === conversationId) {
    live.stop();
    return true;
  }
  const row = await db.chatMessage.findFirst({ where: { id: messageId, conversationId } });
  if (!row) throw notFound("Message not found");
  if (row.status === "streaming")
    await db.chatMessage.update({ where: { id: row.id }, data: { status: "stopped" } });
  return false;
}
