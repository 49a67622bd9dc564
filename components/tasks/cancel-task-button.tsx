"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { cancelTaskAction } from "@/app/(studio)/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { TaskView } from "@/lib/dal/tasks";
import { taskKeys } from "@/lib/queries/tasks";
import { CANCELABLE_STATES, STOPPED_TRACKING_NOTE } from "@/lib/tasks/cancel-text";

/**
 * "Cancel" on a task that is not finished. The dialog says what canceling means BEFORE the user
 * confirms: a queued task is simply dropped, a sent one can no longer be stopped at Kie.
 */
export function CancelTaskButton({ task }: { task: Pick<TaskView, "id" | "state"> }) {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: async () => {
      const res = await cancelTaskAction({ taskId: task.id });
      if (!res.ok) throw new Error(res.error.message);
      return res.task;
    },
    onSuccess: (view) => {
      queryClient.setQueryData(taskKeys.detail(view.id), view);
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      setOpen(false);
    },
  });
  if (!CANCELABLE_STATES.includes(task.state)) return null;
  const queued = task.state === "queued";

  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)} data-testid="cancel-task">
        Cancel
      </Button>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) cancel.reset();
        }}
        size="sm"
        title={queued ? "Cancel this task?" : "Stop tracking this task?"}
        description={
          queued
            ? "It has not been sent to Kie yet, so nothing is spent and its budget hold is released."
            : STOPPED_TRACKING_NOTE
        }
        footer={
          <>
            {cancel.error ? (
              <p role="alert" className="mr-auto text-[13px] text-red-600 dark:text-red-400">
                {cancel.error.message}
              </p>
            ) : null}
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Keep it
            </Button>
            <Button
              variant="danger"
              loading={cancel.isPending}
              onClick={() => cancel.mutate()}
              data-testid="confirm-cancel-task"
            >
              {queued ? "Cancel task" : "Stop tracking"}
            </Button>
          </>
        }
      />
    </>
  );
}
