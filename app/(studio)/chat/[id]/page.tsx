import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChatStudio } from "@/components/chat/chat-studio";
import { PageHeader } from "@/components/tasks/page-header";
import { getConversation, listConversations } from "@/lib/chat/store";
import { AppError } from "@/lib/errors";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Chat" };

export default async function ConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const [conversations, conversation] = await Promise.all([
    listConversations(user.id),
    getConversation(user.id, id).catch((error: unknown) => {
      if (error instanceof AppError && error.status === 404) notFound();
      throw error;
    }),
  ]);
  return (
    <>
      <PageHeader
        title="Chat"
        description="Every Kie language model in one place: answers stream live and every conversation is kept."
      />
      <ChatStudio conversations={conversations} initial={conversation} />
    </>
  );
}
