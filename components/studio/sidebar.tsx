"use client";

import { Menu, X } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { cn, focusRing } from "@/components/ui/cn";
import { AccountMenu, type AccountSummary } from "./account-menu";
import { DemoBadge } from "./demo-badge";
import { Logo } from "./logo";
import { NavList } from "./nav-list";
import { ThemeToggle } from "./theme-toggle";

type SidebarProps = {
  user: AccountSummary;
  demo: boolean;
  signOutAction: () => Promise<void>;
};

/** A fixed left sidebar from md up; below that a top bar whose menu drops the same navigation. */
export function Sidebar({ user, demo, signOutAction }: SidebarProps) {
  const [mobileOpen, setMobileOpen] = useState(false);
  const pathname = usePathname();

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the drawer whenever the route changes
  useEffect(() => setMobileOpen(false), [pathname]);

  return (
    <>
      <aside className="fixed inset-y-0 left-0 z-30 hidden w-60 flex-col border-r border-zinc-200/80 bg-zinc-100/40 md:flex dark:border-zinc-800/80 dark:bg-zinc-950">
        <div className="flex h-14 items-center justify-between gap-2 px-4">
          <Link href="/music" className={cn("rounded-md", focusRing)}>
            <Logo />
          </Link>
          <ThemeToggle />
        </div>
        {demo ? (
          <div className="px-4 pb-3">
            <DemoBadge />
          </div>
        ) : null}
        <nav aria-label="Studio" className="flex-1 overflow-y-auto px-3 py-3">
          <NavList isAdmin={user.role === "admin"} />
        </nav>
        <div className="border-t border-zinc-200/80 p-3 dark:border-zinc-800/80">
          <AccountMenu user={user} signOutAction={signOutAction} placement="up" />
        </div>
      </aside>

      <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b border-zinc-200/80 bg-white/85 px-4 backdrop-blur md:hidden dark:border-zinc-800/80 dark:bg-zinc-950/85">
        <Link href="/music" className={cn("rounded-md", focusRing)}>
          <Logo />
        </Link>
        {demo ? <DemoBadge className="ml-1" /> : null}
        <div className="ml-auto flex items-center gap-1">
          <ThemeToggle />
          <button
            type="button"
            aria-label={mobileOpen ? "Close menu" : "Open menu"}
            aria-expanded={mobileOpen}
            aria-controls="studio-mobile-menu"
            onClick={() => setMobileOpen((v) => !v)}
            className={cn(
              "inline-flex size-8 items-center justify-center rounded-lg text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800",
              focusRing,
            )}
          >
            {mobileOpen ? <X aria-hidden className="size-4" /> : <Menu aria-hidden className="size-4" />}
          </button>
        </div>
      </header>
      {mobileOpen ? (
        <button
          type="button"
          aria-label="Close menu"
          tabIndex={-1}
          onClick={() => setMobileOpen(false)}
          className="fixed inset-0 top-14 z-20 bg-zinc-950/30 backdrop-blur-[1px] md:hidden"
        />
      ) : null}
      {mobileOpen ? (
        <div
          id="studio-mobile-menu"
          className="fixed inset-x-0 top-14 z-30 border-b border-zinc-200/80 bg-white px-3 pt-3 pb-4 shadow-lg md:hidden dark:border-zinc-800/80 dark:bg-zinc-950"
        >
          <nav aria-label="Studio">
            <NavList isAdmin={user.role === "admin"} onNavigate={() => setMobileOpen(false)} />
          </nav>
          <div className="mt-4 border-t border-zinc-200/80 pt-3 dark:border-zinc-800/80">
            <AccountMenu user={user} signOutAction={signOutAction} placement="down" />
          </div>
        </div>
      ) : null}
    </>
  );
}
