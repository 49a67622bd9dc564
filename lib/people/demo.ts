import "server-only";
import { dbReady } from "@/lib/db";
import { env } from "@/lib/env";
import { createUser, findUserByEmail, normalizeEmail, PeopleError } from "./users";

export type DemoCredentials = { email: string; password: string };

/** In demo mode, makes sure the demo account exists (idempotent). Null in live mode. */
export async function ensureDemoUser(): Promise<DemoCredentials | null> {
  if (env.mode !== "demo") return null;
  await dbReady();
  const credentials = { email: normalizeEmail(env.DEMO_EMAIL), password: env.DEMO_PASSWORD };
  if (await findUserByEmail(credentials.email)) return credentials;
  try {
    await createUser({ ...credentials, name: "Demo" });
  } catch (error) {
    if (!(error instanceof PeopleError && error.code === "email_taken")) throw error;
  }
  return credentials;
}

/**
 * The demo password is public (it is printed on the sign-in page), so once a real key is
 * configured it must stop opening the demo account.
 */
export function isPublicDemoLogin(email: string, password: string): boolean {
  return (
    env.mode === "live" &&
    normalizeEmail(email) === normalizeEmail(env.DEMO_EMAIL) &&
    password === env.DEMO_PASSWORD
  );
}
