"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { DisabledSignin, signIn, signOut, ThrottledSignin } from "@/lib/auth";
import { dbReady } from "@/lib/db";
import { type AuthFormState, fieldErrors, signInSchema, signUpSchema } from "@/lib/people/schemas";
import { checkLoginThrottle, clientIp, throttleKey } from "@/lib/people/throttle";
import { createUser, PeopleError } from "@/lib/people/users";

const AFTER_SIGN_IN = "/music";
const BAD_CREDENTIALS = "Email or password is incorrect";

/** Only same-site paths: "/x" but not "//host" or "/\\host", which browsers treat as other origins. */
function safeCallbackUrl(value: FormDataEntryValue | null): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\")
  ) {
    return AFTER_SIGN_IN;
  }
  try {
    const url = new URL(value, "http://studio.invalid");
    if (url.origin !== "http://studio.invalid") return AFTER_SIGN_IN;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return AFTER_SIGN_IN;
  }
}

function textField(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

function waitMessage(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Too many attempts — try again in ${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** Runs the Credentials provider; returns an error state, or null once the session cookie is set. */
async function signInWithPassword(email: string, password: string): Promise<AuthFormState | null> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return null;
  } catch (error) {
    if (error instanceof ThrottledSignin) return { formError: waitMessage(error.retryAfterMs) };
    if (error instanceof DisabledSignin) return { formError: "This account has been disabled" };
    if (error instanceof AuthError && error.type === "CredentialsSignin")
      return { formError: BAD_CREDENTIALS };
    if (error instanceof AuthError) return { formError: "Sign-in failed. Please try again." };
    throw error;
  }
}

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = textField(form, "email");
  const parsed = signInSchema.safeParse({ email, password: textField(form, "password") });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values: { email } };

  // Answer a locked-out pair before spending a bcrypt round; authorize() checks again.
  await dbReady();
  const ip = clientIp(await headers());
  const throttle = await checkLoginThrottle(throttleKey(parsed.data.email, ip));
  if (throttle.limited) return { formError: waitMessage(throttle.retryAfterMs), values: { email } };

  const failure = await signInWithPassword(parsed.data.email, parsed.data.password);
  if (failure) return { ...failure, values: { email } };
  redirect(safeCallbackUrl(form.get("callbackUrl")));
}

export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = { email: textField(form, "email"), name: textField(form, "name") };
  const parsed = signUpSchema.safeParse({ ...values, password: textField(form, "password") });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values };

  await dbReady();
  try {
    await createUser(parsed.data);
  } catch (error) {
    if (error instanceof PeopleError && error.code === "email_taken") {
      return { fieldErrors: { email: error.message }, values };
    }
    if (error instanceof PeopleError) return { formError: error.message, values };
    throw error;
  }
  const failure = await signInWithPassword(parsed.data.email, parsed.data.password);
  if (failure) return { ...failure, values };
  redirect(AFTER_SIGN_IN);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
