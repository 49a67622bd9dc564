import type { Metadata } from "next";
import { ChatStudio } from "@/components/chat/chat-studio";
import { PageHeader } from "@/components/tasks/page-header";
import { listConversations } from "@/lib/chat/store";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Chat" };

export default async function ChatPage() {
  const user = await requireUser();
  const conversations = await listConversations(user.id);
  return (
    <>
      <PageHeader
        title="Chat"
        description="Every Kie language model in one place: answers stream live and every conversation is kept."
      />
      <ChatStudio conversations={conversations} initial={null} />
    </>
  );
}
