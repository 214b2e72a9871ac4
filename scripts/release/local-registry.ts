import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import type { ChildProcesses } from "../shared/child-processes.ts";

/** A verdaccio on loopback with its own storage and no uplinks: it serves only what is published to it. */
export interface LocalRegistry {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  /** A publish token for a user created on it. */
  token: string;
  /** Its log, for a failure's report. */
  log(): string;
  /** Published versions of a package, oldest first; empty when it has none. */
  versions(name: string): Promise<string[]>;
}

/** Starts verdaccio (from `verdaccioBin`) in `dir`; `processes.stopAll()` stops it. */
export async function startLocalRegistry(
  dir: string,
  verdaccioBin: string,
  processes: ChildProcesses,
): Promise<LocalRegistry> {
  mkdirSync(join(dir, "storage"), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const config = join(dir, "config.yaml");
  // No `uplinks`: a dependency that was not published here is a 404, never a download.
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(join(dir, "storage"))}`,
      "auth:",
      "  htpasswd:",
      `    file: ${JSON.stringify(join(dir, "htpasswd"))}`,
      "    max_users: 1",
      "uplinks: {}",
      // Tokens are signed JWTs, checked by their signature: the legacy ones cost a bcrypt check per request.
      "security:",
      "  api:",
      "    jwt:",
      "      sign:",
      "        expiresIn: 1d",
      "packages:",
      '  "**":',
      "    access: $all",
      "    publish: $authenticated",
      "    unpublish: $authenticated",
      "web:",
      "  enable: false",
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  const logFile = join(dir, "verdaccio.log");
  const env = { ...process.env, NODE_OPTIONS: "" };
  processes.start(process.execPath, [verdaccioBin, "--config", config, "--listen", `127.0.0.1:${port}`], {
    cwd: dir,
    env,
    logFile,
  });
  const log = () => readFileSync(logFile, "utf8");
  await waitFor(`${url}-/ping`, 30_000, log);
  const token = await createUser(url);
  return {
    url,
    token,
    log,
    async versions(name) {
      const response = await fetch(`${url}${name.replace("/", "%2f")}`);
      if (response.status === 404) return [];
      const body = (await response.json()) as { versions?: Record<string, unknown> };
      return Object.keys(body.versions ?? {});
    },
  };
}

/** What `npm adduser` does: the answer carries a token for the new user. */
async function createUser(url: string): Promise<string> {
  const name = "release-test";
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password: "release-test-password", type: "user", roles: [] }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) {
    throw new Error(
      `verdaccio at ${url} did not create a user (${response.status}): ${JSON.stringify(body)}`,
    );
  }
  return body.token;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

async function waitFor(url: string, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`verdaccio did not answer ${url} within ${timeoutMs} ms; its log:\n${log()}`);
}
