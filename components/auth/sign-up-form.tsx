"use client";

import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { AuthFormState } from "@/lib/people/schemas";
import { FormAlert } from "./form-alert";
import { useFocusFirstError } from "./use-focus-first-error";

type SignUpFormProps = {
  action: (prev: AuthFormState, form: FormData) => Promise<AuthFormState>;
};

const FIELD_ORDER = ["name", "email", "password"] as const;

export function SignUpForm({ action }: SignUpFormProps) {
  const [state, formAction, pending] = useActionState(action, {});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(state, FIELD_ORDER, formRef);

  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-4">
      <Field label="Name" optional error={state.fieldErrors?.name}>
        <Input name="name" autoComplete="name" placeholder="Ada Lovelace" defaultValue={state.values?.name} />
      </Field>
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
      <Field label="Password" help="At least 8 characters." error={state.fieldErrors?.password}>
        <Input name="password" type="password" autoComplete="new-password" minLength={8} required />
      </Field>
      <FormAlert message={state.formError} />
      <Button type="submit" size="lg" loading={pending} className="mt-1 w-full">
        Create account
      </Button>
    </form>
  );
}
