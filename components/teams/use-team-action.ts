"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/access/action-result";

/** Runs a team/share server action with a pending state, a toast with its message and a refresh. */
export function useTeamAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function run<T>(action: () => Promise<ActionResult<T>>, onDone?: (result: { ok: true } & T) => void) {
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      if (result.message) toast.success(result.message);
      onDone?.(result);
      router.refresh();
    });
  }
  return { pending, run };
}
