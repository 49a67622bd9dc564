import { spawn } from "node:child_process";

/** Runs a command with inherited stdio; resolves with its exit code. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrExit(cmd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<void> {
  const code = await run(cmd, args, env);
  if (code !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(" ")} exited with code ${code}`);
    process.exit(code);
  }
}
