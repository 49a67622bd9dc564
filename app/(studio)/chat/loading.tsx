import { Spinner } from "@/components/ui/spinner";

export default function ChatLoading() {
  return (
    <div className="flex min-h-[50dvh] items-center justify-center">
      <Spinner label="Loading chat" />
    </div>
  );
}
