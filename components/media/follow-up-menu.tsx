"use client";

import { ArrowRight, Wand2 } from "lucide-react";
import Link from "next/link";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useEnabledOperations } from "@/components/studio/operation-switches";
import { buttonClasses } from "@/components/ui/button";
import { cn, focusRing } from "@/components/ui/cn";
import { followUpsFor } from "@/lib/ops/follow-ups";
import { followUpLinks, groupFollowUps } from "./follow-up-links";

const menuItemsOf = (menu: HTMLElement | null) =>
  Array.from(menu?.querySelectorAll<HTMLAnchorElement>('[role="menuitem"]') ?? []);

/** The page a result of this kind lives on, whose tools come first in its menu. */
const categoryOfKind = (kind: string) => (kind === "audio" ? "music" : kind);

export type FollowUpSource = { assetId: string; kind: string; operationId: string };

export function useFollowUps({ assetId, kind, operationId }: FollowUpSource) {
  const ops = useEnabledOperations(followUpsFor({ kind: kind as never, operationId }));
  return followUpLinks(ops, assetId);
}

type FollowUpMenuProps = FollowUpSource & {
  /** "overlay" floats over media (dark glass); "inline" sits in a row of buttons. */
  variant?: "overlay" | "inline";
  className?: string;
};

/**
 * "Use as source": a menu button listing every operation that can start from this result. Follows
 * the WAI-ARIA menu-button pattern: arrows move, Escape closes and returns focus, Tab leaves.
 */
export function FollowUpMenu({ variant = "inline", className, ...source }: FollowUpMenuProps) {
  const links = useFollowUps(source);
  const groups = groupFollowUps(links, categoryOfKind(source.kind));
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuItemsOf(menuRef.current)[0]?.focus();
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  if (links.length === 0) return null;

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = menuItemsOf(menuRef.current);
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    const move: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === "Tab") {
      setOpen(false);
    } else if (event.key in move) {
      event.preventDefault();
      items[(move[event.key] + items.length) % items.length]?.focus();
    }
  }

  return (
    <div ref={rootRef} className={cn("relative", className)}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-testid="follow-up-button"
        onClick={() => setOpen((v) => !v)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
        className={
          variant === "overlay"
            ? cn(
                "inline-flex h-7 items-center gap-1 rounded-md bg-black/55 px-2 text-xs font-medium text-white backdrop-blur-sm hover:bg-black/70",
                focusRing,
              )
            : buttonClasses("secondary", "sm", "h-7 px-2.5 text-xs")
        }
      >
        <Wand2 aria-hidden className="size-3.5" />
        Use as source
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Start a new task from this result"
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 z-30 mt-1.5 flex max-h-80 w-72 flex-col overflow-y-auto rounded-xl border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          {groups.map((group) => (
            <div key={group.category} role="group" aria-label={group.label} className="flex flex-col">
              {groups.length > 1 ? (
                <p className="px-2.5 pt-2 pb-1 text-[11px] font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400">
                  {group.label}
                </p>
              ) : null}
              {group.links.map((link) => (
                <Link
                  key={link.operationId}
                  role="menuitem"
                  tabIndex={-1}
                  href={link.href}
                  onClick={() => setOpen(false)}
                  className="group flex items-center gap-2 rounded-lg px-2.5 py-1.5 text-left outline-hidden hover:bg-zinc-100 focus-visible:bg-zinc-100 dark:hover:bg-zinc-800 dark:focus-visible:bg-zinc-800"
                >
                  <span className="flex min-w-0 flex-1 flex-col">
                    <span className="truncate text-[13px] font-medium text-zinc-900 dark:text-zinc-100">
                      {link.label}
                    </span>
                    {link.detail ? (
                      <span className="truncate text-[11px] text-zinc-500 dark:text-zinc-400">
                        {link.detail}
                      </span>
                    ) : null}
                  </span>
                  <ArrowRight
                    aria-hidden
                    className="size-3.5 shrink-0 text-zinc-400 opacity-0 transition-opacity group-hover:opacity-100 group-focus-visible:opacity-100"
                  />
                </Link>
              ))}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
