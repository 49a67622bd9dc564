import type { ConversationDto, ConversationSummaryDto } from "@/lib/chat/dto";
import type { ChatOptions } from "@/lib/chat/types";

/** Browser-side calls to our chat routes; errors carry the server's human message. */
async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, {
    ...init,
    headers: { "content-type": "application/json", ...init?.headers },
  });
  if (res.status === 204) return undefined as T;
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new Error(body?.error?.message ?? `Request failed (${res.status})`);
  return body as T;
}

export const chatApi = {
  list: (q: string) =>
    call<{ conversations: ConversationSummaryDto[] }>(
      `/api/v1/conversations${q ? `?q=${encodeURIComponent(q)}` : ""}`,
    ).then((r) => r.conversations),
  get: (id: string) =>
    call<{ conversation: ConversationDto }>(`/api/v1/conversations/${id}`).then((r) => r.conversation),
  create: (modelId: string, options: ChatOptions) =>
    call<{ conversation: ConversationDto }>("/api/v1/conversations", {
      method: "POST",
      body: JSON.stringify({ modelId, options }),
    }).then((r) => r.conversation),
  update: (id: string, patch: { title?: string; modelId?: string; options?: ChatOptions }) =>
    call<{ conversation: ConversationSummaryDto }>(`/api/v1/conversations/${id}`, {
      method: "PATCH",
      body: JSON.stringify(patch),
    }),
  remove: (id: string) => call<void>(`/api/v1/conversations/${id}`, { method: "DELETE" }),
  stop: (id: string, messageId: string) =>
    call<{ stopped: boolean }>(`/api/v1/conversations/${id}/messages/${messageId}/stop`, { method: "POST" }),
};

/** Uploads an image through the studio's upload route; the URL is fetchable by Kie. */
export async function uploadImage(file: File): Promise<{ url: string; mime: string; fileName: string }> {
  const form = new FormData();
  form.set("size", String(file.size));
  form.set("file", file, file.name);
  const res = await fetch("/api/v1/uploads?kind=image", { method: "POST", body: form });
  const body = (await res.json().catch(() => null)) as {
    url: string;
    mime: string;
    fileName: string;
    error?: { message?: string };
  } | null;
  if (!res.ok || !body?.url) throw new Error(body?.error?.message ?? "The image could not be uploaded");
  return body;
}
