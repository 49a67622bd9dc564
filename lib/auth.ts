import "server-only";
import NextAuth, { CredentialsSignin, type User } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db, dbReady } from "@/lib/db";
import { env } from "@/lib/env";
import { ensureDemoUser, isPublicDemoLogin } from "@/lib/people/demo";
import { burnPasswordCheck, verifyPassword } from "@/lib/people/passwords";
import { signInSchema } from "@/lib/people/schemas";
import {
  checkLoginThrottle,
  clientIp,
  recordLoginFailure,
  resetLoginThrottle,
  throttleKey,
} from "@/lib/people/throttle";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    /** The user's sessionVersion when this session was issued; re-checked by lib/session. */
    sv?: number;
  }
}

/** Thrown from authorize when the (email, IP) pair is locked out; carries the wait. */
export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterMs: number) {
    super();
  }
}

export class DisabledSignin extends CredentialsSignin {
  code = "disabled";
}

async function authorizeCredentials(raw: unknown, request: Request): Promise<User | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await dbReady();
  const key = throttleKey(email, clientIp(request.headers));
  const throttle = await checkLoginThrottle(key);
  if (throttle.limited) throw new ThrottledSignin(throttle.retryAfterMs);

  if (env.mode === "demo" && email === env.DEMO_EMAIL.toLowerCase()) await ensureDemoUser();
  const user = await db.user.findUnique({ where: { email } });
  const valid = user ? await verifyPassword(password, user.passwordHash) : await burnPasswordCheck(password);
  if (!user || !valid || isPublicDemoLogin(email, password)) {
    const after = await recordLoginFailure(key);
    if (after.limited) throw new ThrottledSignin(after.retryAfterMs);
    return null;
  }
  await resetLoginThrottle(key);
  if (user.disabledAt) throw new DisabledSignin();
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: env.authSecret,
  session: { strategy: "jwt" },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: authorizeCredentials,
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.sv === "number") session.sv = token.sv;
      return session;
    },
  },
  logger: {
    error(error) {
      // A wrong password is an expected outcome, not a server error worth a stack trace.
      if (error instanceof CredentialsSignin) return;
      console.error("[auth]", error);
    },
  },
});
