"use client";

import { Share2 } from "lucide-react";
import { useState } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { ShareDialog, type ShareItem } from "./share-dialog";

/** A "Share" button for a gallery item, a collection or the task page; opens the share dialog. */
export function ShareButton({
  item,
  label = "Share",
  variant = "secondary",
  size = "sm",
}: {
  item: ShareItem;
  label?: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant={variant}
        size={size}
        onClick={() => setOpen(true)}
        aria-label={size === "icon" ? label : undefined}
      >
        <Share2 aria-hidden />
        {size === "icon" ? null : label}
      </Button>
      <ShareDialog item={item} open={open} onOpenChange={setOpen} />
    </>
  );
}
