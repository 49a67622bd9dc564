import { z } from "zod";

// bcrypt only looks at the first 72 bytes; longer passwords would silently collide.
const BCRYPT_MAX_BYTES = 72;
const byteLength = (s: string) => new TextEncoder().encode(s).length;

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter your email address" })
  .max(254, { error: "That email address is too long" })
  .pipe(z.email({ error: "Enter a valid email address" }));

export const newPasswordSchema = z
  .string({ error: "Choose a password" })
  .min(1, { error: "Choose a password" })
  .min(8, { error: "Use at least 8 characters" })
  .refine((p) => byteLength(p) <= BCRYPT_MAX_BYTES, { error: "Use at most 72 bytes (about 72 characters)" })
  .refine((p) => p.trim().length > 0, { error: "The password cannot be only spaces" });

export const signUpSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  name: z
    .string()
    .trim()
    .max(80, { error: "Keep the name under 80 characters" })
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "Enter your password" })
    .min(1, { error: "Enter your password" })
    .max(256, { error: "Email or password is incorrect" }),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;

/** First message per field, for inline form errors. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

/** What the sign-in and sign-up server actions hand back to their forms. */
export type AuthFormState = {
  fieldErrors?: Partial<Record<"email" | "password" | "name", string>>;
  formError?: string;
  /** Echoed back so the form keeps what was typed (never the password). */
  values?: { email?: string; name?: string };
};
