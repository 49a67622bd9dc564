// `npm run token -- <command>`: personal access tokens for the HTTP API (Authorization: Bearer …).
import { parseArgs } from "node:util";
import { z } from "zod";
import { db, dbReady } from "../lib/db";
import { emailSchema } from "../lib/people/schemas";
import {
  createPersonalAccessToken,
  listPersonalAccessTokens,
  revokePersonalAccessToken,
} from "../lib/people/tokens";
import { findUserByEmail } from "../lib/people/users";

const USAGE = `Usage:
  npm run token -- create <email> [--name N]
  npm run token -- list <email>
  npm run token -- revoke <token-id>`;

const commandSchema = z.discriminatedUnion("command", [
  z.object({
    command: z.literal("create"),
    arg: emailSchema,
    name: z.string().trim().min(1).max(80).default("cli"),
  }),
  z.object({ command: z.literal("list"), arg: emailSchema }),
  z.object({
    command: z.literal("revoke"),
    arg: z.string({ error: "Give the token id" }).trim().min(1, { error: "Give the token id" }),
  }),
]);

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseCommand() {
  const options = {
    name: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  } as const;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [command, arg, ...extra] = parsed.positionals;
  if (!command) fail("Missing command.");
  if (!["create", "list", "revoke"].includes(command)) fail(`Unknown command "${command}".`);
  if (extra.length > 0) fail(`Unexpected argument: ${extra[0]}`);
  const result = commandSchema.safeParse({ command, arg, name: parsed.values.name });
  if (!result.success) {
    const issue = result.error.issues[0];
    const where =
      issue?.path[0] === "arg" ? (command === "revoke" ? "token id" : "email") : issue?.path.join(".");
    fail(`${where || "arguments"}: ${issue?.message}`);
  }
  return result.data;
}

async function userIdFor(email: string): Promise<string> {
  const user = await findUserByEmail(email);
  if (!user) throw new Error(`No account with email ${email}`);
  return user.id;
}

async function main(): Promise<number> {
  const cmd = parseCommand();
  await dbReady();
  switch (cmd.command) {
    case "create": {
      const created = await createPersonalAccessToken(await userIdFor(cmd.arg), cmd.name);
      console.log(`Token "${created.name}" (id ${created.id}) for ${cmd.arg}. Shown once — store it now:`);
      console.log(created.token);
      return 0;
    }
    case "list": {
      const tokens = await listPersonalAccessTokens(await userIdFor(cmd.arg));
      if (tokens.length === 0) console.log("No tokens.");
      for (const t of tokens) {
        const state = t.revokedAt ? "revoked" : "active";
        const used = t.lastUsedAt ? `last used ${t.lastUsedAt.toISOString()}` : "never used";
        console.log(`${t.id}  ${t.prefix}…  ${t.name.padEnd(20)} ${state.padEnd(8)} ${used}`);
      }
      return 0;
    }
    case "revoke": {
      if (await revokePersonalAccessToken(cmd.arg)) {
        console.log(`Revoked ${cmd.arg}.`);
        return 0;
      }
      console.error(`No active token with id ${cmd.arg}.`);
      return 1;
    }
  }
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await db.$disconnect();
}
process.exit(code);
