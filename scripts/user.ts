// `npm run user -- <command>`: manage accounts from the server's shell.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { db, dbReady } from "../lib/db";
import { emailSchema, newPasswordSchema } from "../lib/people/schemas";
import { createUser, listUsers, PeopleError, setUserDisabled } from "../lib/people/users";

const USAGE = `Usage:
  npm run user -- create <email> [--admin] [--password P] [--name N]
  npm run user -- list
  npm run user -- disable <email>
  npm run user -- enable <email>`;

const commandSchema = z.discriminatedUnion("command", [
  z.object({
    command: z.literal("create"),
    email: emailSchema,
    admin: z.boolean(),
    password: newPasswordSchema.optional(),
    name: z.string().trim().max(80).optional(),
  }),
  z.object({ command: z.literal("list") }),
  z.object({ command: z.enum(["disable", "enable"]), email: emailSchema }),
]);

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const COMMANDS = ["create", "list", "disable", "enable"];

function parseCommand() {
  const options = {
    admin: { type: "boolean", default: false },
    password: { type: "string" },
    name: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  } as const;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [command, email, ...extra] = positionals;
  if (!command) fail("Missing command.");
  if (!COMMANDS.includes(command)) fail(`Unknown command "${command}".`);
  if (extra.length > 0) fail(`Unexpected argument: ${extra[0]}`);
  const input = { command, email, admin: values.admin, password: values.password, name: values.name };
  const result = commandSchema.safeParse(command === "list" ? { command } : input);
  if (!result.success) {
    const issue = result.error.issues[0];
    fail(`${issue?.path.join(".") || "arguments"}: ${issue?.message}`);
  }
  return result.data;
}

async function main(): Promise<number> {
  const cmd = parseCommand();
  await dbReady();
  switch (cmd.command) {
    case "create": {
      const generated = cmd.password ? null : randomBytes(18).toString("base64url");
      const user = await createUser({
        email: cmd.email,
        password: cmd.password ?? generated!,
        name: cmd.name,
        admin: cmd.admin,
      });
      console.log(`Created ${user.email} (${user.role}, id ${user.id})`);
      if (generated) console.log(`Password (shown once): ${generated}`);
      return 0;
    }
    case "list": {
      const users = await listUsers();
      if (users.length === 0) console.log("No accounts yet.");
      for (const u of users) {
        const status = u.disabledAt ? `disabled ${u.disabledAt.toISOString()}` : "active";
        console.log(`${u.email.padEnd(36)} ${u.role.padEnd(6)} ${status.padEnd(8)} ${u.id}`);
      }
      return 0;
    }
    case "disable":
    case "enable":
      await setUserDisabled(cmd.email, cmd.command === "disable");
      console.log(
        cmd.command === "disable"
          ? `Disabled ${cmd.email}; their sessions have ended.`
          : `Enabled ${cmd.email}.`,
      );
      return 0;
  }
}

let code = 1;
try {
  code = await main();
} catch (error) {
  if (error instanceof PeopleError) console.error(error.message);
  else console.error(error);
} finally {
  await db.$disconnect();
}
process.exit(code);
