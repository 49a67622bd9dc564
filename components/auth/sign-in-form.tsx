"use client";

import { KeyRound } from "lucide-react";
import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { AuthFormState } from "@/lib/people/schemas";
import { FormAlert } from "./form-alert";
import { useFocusFirstError } from "./use-focus-first-error";

type SignInFormProps = {
  action: (prev: AuthFormState, form: FormData) => Promise<AuthFormState>;
  callbackUrl?: string;
  /** Shown in demo mode so visitors can get in with one click. */
  demo?: { email: string; password: string } | null;
  initialError?: string;
};

const FIELD_ORDER = ["email", "password"] as const;

export function SignInForm({ action, callbackUrl, demo, initialError }: SignInFormProps) {
  const [state, formAction, pending] = useActionState(action, { formError: initialError });
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(state, FIELD_ORDER, formRef);

  function fillDemoAccount() {
    const form = formRef.current;
    if (!form || !demo) return;
    (form.elements.namedItem("email") as HTMLInputElement).value = demo.email;
    (form.elements.namedItem("password") as HTMLInputElement).value = demo.password;
    form.querySelector<HTMLButtonElement>("button[type=submit]")?.focus();
  }

  return (
    <div className="flex flex-col gap-5">
      {demo ? (
        <div className="rounded-xl border border-brand-200 bg-brand-50/70 p-4 dark:border-brand-500/25 dark:bg-brand-500/10">
          <div className="flex items-start gap-3">
            <KeyRound aria-hidden className="mt-0.5 size-4 shrink-0 text-brand-600 dark:text-brand-300" />
            <div className="flex min-w-0 flex-1 flex-col gap-2">
              <p className="text-[13px] font-medium text-brand-900 dark:text-brand-100">Demo account</p>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-[13px]">
                <dt className="text-brand-700/80 dark:text-brand-200/70">Email</dt>
                <dd className="truncate font-mono text-brand-950 dark:text-brand-50">{demo.email}</dd>
                <dt className="text-brand-700/80 dark:text-brand-200/70">Password</dt>
                <dd className="truncate font-mono text-brand-950 dark:text-brand-50">{demo.password}</dd>
              </dl>
              <Button variant="secondary" size="sm" className="mt-1 self-start" onClick={fillDemoAccount}>
                Use demo account
              </Button>
            </div>
          </div>
        </div>
      ) : null}

      <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-4">
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <Field label="Email" error={state.fieldErrors?.email}>
          <Input
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            placeholder="you@example.com"
            defaultValue={state.values?.email}
            required
          />
        </Field>
        <Field label="Password" error={state.fieldErrors?.password}>
          <Input name="password" type="password" autoComplete="current-password" required />
        </Field>
        <FormAlert message={state.formError} />
        <Button type="submit" size="lg" loading={pending} className="mt-1 w-full">
          Sign in
        </Button>
      </form>
    </div>
  );
}
