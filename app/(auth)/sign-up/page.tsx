import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { dbReady } from "@/lib/db";
import { countUsers } from "@/lib/people/users";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage() {
  await dbReady();
  const firstAccount = (await countUsers()) === 0;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1.5">
        <h1 className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
          Create your account
        </h1>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          {firstAccount
            ? "You're the first one here — this account will be the studio's admin."
            : "Make music, images and more with one shared studio."}
        </p>
      </div>
      <SignUpForm action={signUpAction} />
      <p className="text-center text-sm text-zinc-500 dark:text-zinc-400">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-600 hover:text-brand-500 dark:text-brand-400">
          Sign in
        </Link>
      </p>
    </div>
  );
}
