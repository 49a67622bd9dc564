import "server-only";
import { AppError } from "@/lib/errors";
import { MAX_IMAGE_BYTES } from "./models";
import type { NeutralMessage } from "./types";

/**
 * Gemini's native format only takes inline images, so uploaded (https) attachments are fetched
 * and turned into data URLs right before the call. Other formats pass URLs through.
 */
export async function inlineImages(
  messages: NeutralMessage[],
  signal?: AbortSignal,
): Promise<NeutralMessage[]> {
  return Promise.all(
    messages.map(async (message) => {
      if (!message.attachments?.length) return message;
      const attachments = await Promise.all(
        message.attachments.map(async (a) =>
          a.url.startsWith("data:") ? a : { ...a, url: await toDataUrl(a.url, a.mime, signal) },
        ),
      );
      return { ...message, attachments };
    }),
  );
}

async function toDataUrl(url: string, mime: string, signal?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(30_000);
  const res = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout }).catch(
    () => null,
  );
  if (!res?.ok)
    throw new AppError(
      "attachment_unreachable",
      "An attached image could not be fetched any more; attach it again",
      { status: 422 },
    );
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > MAX_IMAGE_BYTES)
    throw new AppError(
      "attachment_too_large",
      `Each image can be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB`,
      { status: 422 },
    );
  return `data:${mime};base64,${bytes.toString("base64")}`;
}
