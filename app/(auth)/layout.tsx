import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { Logo } from "@/components/studio/logo";
import { ThemeToggle } from "@/components/studio/theme-toggle";
import { getCurrentUser } from "@/lib/session";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  if (await getCurrentUser()) redirect("/music");
  return (
    <div className="relative flex min-h-dvh flex-col overflow-hidden">
      <div
        aria-hidden
        className="pointer-events-none absolute inset-x-0 -top-40 -z-10 mx-auto h-[28rem] max-w-3xl rounded-full bg-brand-400/20 blur-3xl dark:bg-brand-600/15"
      />
      <header className="flex h-16 items-center justify-between px-6">
        <Link href="/sign-in" className="rounded-md">
          <Logo />
        </Link>
        <ThemeToggle />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-8 pb-16 sm:items-center sm:pt-0">
        <div className="w-full max-w-[400px] rounded-2xl border border-zinc-200/80 bg-white/90 p-6 shadow-card backdrop-blur sm:p-8 dark:border-zinc-800 dark:bg-zinc-900/80 dark:shadow-none">
          {children}
        </div>
      </main>
      <footer className="pb-6 text-center text-xs text-zinc-400 dark:text-zinc-500">
        Kie Studio · self-hosted. Your Kie key stays on the server.
      </footer>
    </div>
  );
}
