import type { ChatMessageDto } from "@/lib/chat/dto";
import { chatModel } from "@/lib/chat/models";

/** The whole conversation as Markdown, for the clipboard. */
export function conversationMarkdown(title: string, messages: ChatMessageDto[]): string {
  const parts = [`# ${title}`];
  for (const m of messages) {
    const who = m.role === "user" ? "You" : (chatModel(m.modelId ?? "")?.label ?? "Assistant");
    const images = m.attachments.map(
      (a) => `![${a.name ?? "image"}](${a.url.startsWith("data:") ? "attached image" : a.url})`,
    );
    const note =
      m.status === "stopped" ? "\n\n_(stopped)_" : m.status === "error" ? `\n\n_(error: ${m.error})_` : "";
    parts.push(`## ${who}\n\n${[m.text, ...images].filter(Boolean).join("\n\n")}${note}`);
  }
  return `${parts.join("\n\n")}\n`;
}
