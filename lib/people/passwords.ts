import "server-only";
import { compare, hash } from "bcryptjs";

const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, COST);
}

export async function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  try {
    return await compare(password, passwordHash);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same bcrypt work as a real check when the account does not exist, so response
 * time does not reveal which emails are registered.
 */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummyHash ??= hash("kie-studio-timing-equaliser", COST);
  await compare(password, await dummyHash);
  return false;
}
