"use client";

import { ChevronsUpDown, LogOut } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { cn, focusRing } from "@/components/ui/cn";

export type AccountSummary = { email: string; name: string | null; role: "user" | "admin" };

type AccountMenuProps = {
  user: AccountSummary;
  /** Server action that ends the session. */
  signOutAction: () => Promise<void>;
  placement?: "up" | "down";
};

export function Avatar({ user }: { user: AccountSummary }) {
  const initial = (user.name || user.email).trim().charAt(0).toUpperCase();
  return (
    <span
      aria-hidden
      className="flex size-7 shrink-0 items-center justify-center rounded-full bg-linear-to-br from-zinc-200 to-zinc-300 text-xs font-semibold text-zinc-700 dark:from-zinc-700 dark:to-zinc-800 dark:text-zinc-200"
    >
      {initial}
    </span>
  );
}

export function AccountMenu({ user, signOutAction, placement = "up" }: AccountMenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((v) => !v)}
        className={cn(
          "flex w-full items-center gap-2.5 rounded-lg p-1.5 text-left transition-colors hover:bg-zinc-100 dark:hover:bg-zinc-800/70",
          open && "bg-zinc-100 dark:bg-zinc-800/70",
          focusRing,
        )}
      >
        <Avatar user={user} />
        <span className="min-w-0 flex-1">
          <span className="block truncate text-[13px] font-medium text-zinc-900 dark:text-zinc-100">
            {user.name || user.email.split("@")[0]}
          </span>
          <span className="block truncate text-xs text-zinc-500 dark:text-zinc-400">{user.email}</span>
        </span>
        <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-zinc-400" />
      </button>
      {open ? (
        <div
          id={menuId}
          className={cn(
            "absolute right-0 left-0 z-50 overflow-hidden rounded-xl border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900",
            placement === "up" ? "bottom-full mb-2" : "top-full mt-2",
          )}
        >
          <div className="flex flex-col gap-1.5 px-2.5 py-2">
            <span className="text-xs text-zinc-500 dark:text-zinc-400">Signed in as</span>
            <span className="truncate text-[13px] font-medium text-zinc-900 dark:text-zinc-100">
              {user.email}
            </span>
            <span>
              <Badge tone={user.role === "admin" ? "brand" : "neutral"}>
                {user.role === "admin" ? "Admin" : "Member"}
              </Badge>
            </span>
          </div>
          <div className="my-1 h-px bg-zinc-100 dark:bg-zinc-800" />
          <form action={signOutAction}>
            <button
              type="submit"
              className={cn(
                "flex w-full items-center gap-2 rounded-lg px-2.5 py-2 text-[13px] text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-50",
                focusRing,
                "focus-visible:ring-offset-0",
              )}
            >
              <LogOut aria-hidden className="size-4" />
              Sign out
            </button>
          </form>
        </div>
      ) : null}
    </div>
  );
}
