"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { type AcceptState, acceptInviteAction } from "./actions";

export function AcceptInviteForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(acceptInviteAction.bind(null, token), {
    error: null,
  } as AcceptState);
  return (
    <form action={action} className="flex flex-col gap-3">
      <Button type="submit" size="lg" loading={pending}>
        Join the team
      </Button>
      {state.error ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
