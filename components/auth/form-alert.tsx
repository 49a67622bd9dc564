import { CircleAlert } from "lucide-react";

export function FormAlert({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div
      role="alert"
      className="flex items-start gap-2 rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-[13px] text-red-700 dark:border-red-500/25 dark:bg-red-500/10 dark:text-red-300"
    >
      <CircleAlert aria-hidden className="mt-px size-4 shrink-0" />
      <span>{message}</span>
    </div>
  );
}
