"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn, focusRing } from "@/components/ui/cn";
import { groupNavItems, isActiveHref, visibleNavItems } from "./nav-items";

export function NavList({ onNavigate, isAdmin = false }: { onNavigate?: () => void; isAdmin?: boolean }) {
  const pathname = usePathname();
  return (
    <div className="flex flex-col gap-5">
      {groupNavItems(visibleNavItems(isAdmin)).map(({ group, items }) => (
        <div key={group} className="flex flex-col gap-0.5">
          <p className="px-2.5 pb-1 text-[11px] font-medium tracking-wider text-zinc-400 uppercase dark:text-zinc-500">
            {group}
          </p>
          {items.map(({ href, label, icon: Icon }) => {
            const active = isActiveHref(pathname, href);
            return (
              <Link
                key={href}
                href={href}
                onClick={onNavigate}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "group flex h-9 items-center gap-2.5 rounded-lg px-2.5 text-[13px] font-medium transition-colors",
                  active
                    ? "bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-200/80 dark:bg-zinc-800/80 dark:text-zinc-50 dark:ring-zinc-700/60"
                    : "text-zinc-600 hover:bg-zinc-200/50 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800/50 dark:hover:text-zinc-100",
                  focusRing,
                  "focus-visible:ring-offset-0",
                )}
              >
                <Icon
                  aria-hidden
                  className={cn(
                    "size-4 shrink-0",
                    active
                      ? "text-brand-600 dark:text-brand-400"
                      : "text-zinc-400 group-hover:text-zinc-600 dark:text-zinc-500 dark:group-hover:text-zinc-300",
                  )}
                />
                {label}
              </Link>
            );
          })}
        </div>
      ))}
    </div>
  );
}
