// A throwaway PostgreSQL server (Debian's `postgresql` package) in a temp dir on a free loopback
// port, for the tests and for `npm run db:migration`. Stops and deletes itself on `stop()`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type PostgresServer = {
  /** Connection URL of `database` (default "postgres") as the superuser. */
  url: (database?: string) => string;
  stop: () => void;
};

const USER = "studio";

/** Directory with initdb/pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/<v>/bin. */
export function findPostgresBin(): string | undefined {
  const candidates = [process.env.PG_BIN];
  const root = "/usr/lib/postgresql";
  if (fs.existsSync(root))
    candidates.push(
      ...fs
        .readdirSync(root)
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => path.join(root, v, "bin")),
    );
  return candidates.find(
    (dir): dir is string =>
      !!dir && fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl")),
  );
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  if (!bin)
    throw new Error(
      "PostgreSQL server binaries not found (initdb, pg_ctl). Install Debian's package: apt-get install -y postgresql (or set PG_BIN).",
    );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kie-pg-"));
  const data = path.join(dir, "data");
  const port = await freePort();
  // initdb and postgres refuse to run as root: run them as the package's `postgres` user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  const exec = (cmd: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : cmd, asRoot ? ["-u", "postgres", "--", cmd, ...args] : args, {
      stdio: "pipe",
      cwd: dir,
    });
  try {
    exec(path.join(bin, "initdb"), ["-D", data, "-U", USER, "--auth=trust", "-E", "UTF8", "--no-sync"]);
    const options = `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off -c max_connections=200`;
    exec(path.join(bin, "pg_ctl"), [
      "-D",
      data,
      "-o",
      options,
      "-l",
      path.join(dir, "log"),
      "-w",
      "-t",
      "60",
      "start",
    ]);
  } catch (err) {
    const log = fs.existsSync(path.join(dir, "log")) ? fs.readFileSync(path.join(dir, "log"), "utf8") : "";
    fs.rmSync(dir, { recursive: true, force: true });
    const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? String(err);
    throw new Error(`PostgreSQL did not start: ${stderr}\n${log}`);
  }
  let stopped = false;
  return {
    url: (database = "postgres") => `postgresql://${USER}@127.0.0.1:${port}/${database}`,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        exec(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
