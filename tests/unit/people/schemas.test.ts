import { describe, expect, it } from "vitest";
import { fieldErrors, signInSchema, signUpSchema } from "@/lib/people/schemas";

function errorsOf(input: unknown) {
  const result = signUpSchema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe("sign-up schema", () => {
  it("accepts a valid sign-up and normalises the email", () => {
    const parsed = signUpSchema.parse({ email: "  Ada@Example.COM ", password: "longenough", name: " Ada " });
    expect(parsed).toEqual({ email: "ada@example.com", password: "longenough", name: "Ada" });
  });

  it("treats a blank name as absent", () => {
    expect(signUpSchema.parse({ email: "a@b.co", password: "longenough", name: "  " }).name).toBeUndefined();
    expect(signUpSchema.parse({ email: "a@b.co", password: "longenough" }).name).toBeUndefined();
  });

  it("explains each bad field in words", () => {
    expect(errorsOf({ email: "", password: "longenough" }).email).toBe("Enter your email address");
    expect(errorsOf({ email: "not-an-email", password: "longenough" }).email).toBe(
      "Enter a valid email address",
    );
    expect(errorsOf({ email: "a@b.co", password: "short" }).password).toBe("Use at least 8 characters");
    expect(errorsOf({ email: "a@b.co", password: "" }).password).toBe("Choose a password");
    expect(errorsOf({ email: "a@b.co" }).password).toBe("Choose a password");
    expect(errorsOf({ email: "a@b.co", password: "        " }).password).toBe(
      "The password cannot be only spaces",
    );
    expect(errorsOf({ email: "a@b.co", password: "x".repeat(73) }).password).toMatch(/at most 72 bytes/);
    expect(errorsOf({ email: "a@b.co", password: "longenough", name: "n".repeat(81) }).name).toMatch(/80/);
  });

  it("counts bytes, not characters, against bcrypt's 72-byte limit", () => {
    // 24 three-byte characters = 72 bytes (ok); 25 = 75 bytes (too long).
    expect(signUpSchema.safeParse({ email: "a@b.co", password: "€".repeat(24) }).success).toBe(true);
    expect(signUpSchema.safeParse({ email: "a@b.co", password: "€".repeat(25) }).success).toBe(false);
  });

  it("reports one message per field, the first one", () => {
    const errors = errorsOf({ email: "", password: "" });
    expect(Object.keys(errors).sort()).toEqual(["email", "password"]);
  });
});

describe("sign-in schema", () => {
  it("requires both fields", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrors(result.error)).toEqual({
        email: "Enter your email address",
        password: "Enter your password",
      });
    }
  });

  it("does not apply the sign-up length rule to existing passwords", () => {
    expect(signInSchema.safeParse({ email: "a@b.co", password: "x" }).success).toBe(true);
  });
});
