import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ensureDemoUser } from "@/lib/people/demo";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Errors Auth.js reports by redirecting here (e.g. a direct POST to its callback route). */
function authJsError(error: string | undefined, code: string | undefined): string | undefined {
  if (!error) return undefined;
  if (code === "throttled") return "Too many attempts — try again later";
  if (code === "disabled") return "This account has been disabled";
  if (error === "CredentialsSignin") return "Email or password is incorrect";
  return "Sign-in failed. Please try again.";
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const pick = (key: string) => (typeof params[key] === "string" ? params[key] : undefined);
  const demo = await ensureDemoUser();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1.5">
        <h1 className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">Welcome back</h1>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Sign in to keep creating.</p>
      </div>
      <SignInForm
        action={signInAction}
        callbackUrl={pick("callbackUrl")}
        demo={demo}
        initialError={authJsError(pick("error"), pick("code"))}
      />
      <p className="text-center text-sm text-zinc-500 dark:text-zinc-400">
        New here?{" "}
        <Link href="/sign-up" className="font-medium text-brand-600 hover:text-brand-500 dark:text-brand-400">
          Create an account
        </Link>
      </p>
    </div>
  );
}
