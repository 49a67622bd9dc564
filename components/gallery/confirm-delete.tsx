"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** "Delete 3 results?" — deleting removes the stored files for good, so it always asks first. */
export function ConfirmDelete({
  open,
  count,
  busy,
  onOpenChange,
  onConfirm,
}: {
  open: boolean;
  count: number;
  busy: boolean;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void;
}) {
  const what = count === 1 ? "this result" : `${count} results`;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      size="sm"
      title={`Delete ${what}?`}
      description="The files are removed from your storage and cannot be recovered. Collections and share links that held them lose them too."
      footer={
        <>
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button variant="danger" loading={busy} onClick={onConfirm} data-testid="confirm-delete">
            Delete
          </Button>
        </>
      }
    />
  );
}
