import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { builtCli as cliFile, builtIndex as indexFile, spawnBuilt } from "./support/spawn-built.ts";

function run(args: string[]): {
  child: ChildProcess;
  lines: string[];
  nextLine: (match: RegExp) => Promise<string>;
} {
  const child = spawnBuilt(args);
  const lines: string[] = [];
  let waiting: { match: RegExp; resolve: (line: string) => void } | undefined;
  let buffer = "";
  child.stdout!.setEncoding("utf8").on("data", (text: string) => {
    buffer += text;
    const parts = buffer.split("\n");
    buffer = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      if (waiting?.match.test(line)) waiting.resolve(line);
    }
  });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (text: string) => {
    stderr += text;
  });
  const nextLine = (match: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const seen = lines.find((line) => match.test(line));
      if (seen) return resolve(seen);
      waiting = { match, resolve };
      child.once("exit", (code) => reject(new Error(`exited ${code} before ${match}: ${stderr}`)));
    });
  return { child, lines, nextLine };
}

const exitOf = (child: ChildProcess) =>
  once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;

describe("process lifecycle", () => {
  it("close() lets the process exit with keep-alive and half-sent requests still open", async () => {
    const script = `
      import { connect } from "node:net";
      import { startEmulator } from ${JSON.stringify(indexFile)};
      const emulator = await startEmulator({ port: 0 });
      // fetch keeps its connection alive by default.
      const response = await fetch(emulator.url + "/api/v1/me", { headers: { authorization: "Bearer " + emulator.apiKey } });
      await response.text();
      // A client stuck mid-request: server.close() alone would wait for it (Node only drops idle sockets).
      const socket = connect(Number(new URL(emulator.url).port), "127.0.0.1");
      await new Promise((resolve) => socket.once("connect", resolve));
      socket.write("GET /api/v1/me HTTP/1.1\\r\\nHost: x\\r\\n");
      socket.on("error", () => {});
      socket.unref(); // only the server's side of the connection may keep this process alive
      await new Promise((resolve) => setTimeout(resolve, 50));
      console.log("closing");
      await emulator.close();
    `;
    const { child, nextLine } = run(["--input-type=module", "--eval", script]);
    const exited = exitOf(child);
    try {
      await nextLine(/^closing$/);
      const closingAt = Date.now();
      // Armed once the emulator is closing, so a slow start on a busy machine is not mistaken for a hang.
      const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
      const [code] = await exited;
      clearTimeout(killer);
      expect(code).toBe(0);
      expect(Date.now() - closingAt).toBeLessThan(2500);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });

  it("the CLI prints its URL and key, serves, honours --fail-every and stops on SIGTERM", async () => {
    const { child, nextLine } = run([cliFile, "--port", "0", "--task-duration-ms", "0", "--fail-every", "2"]);
    const exited = exitOf(child);
    try {
      const banner = await nextLine(/listening/);
      const match =
        /^RunAPI emulator listening on (http:\/\/127\.0\.0\.1:\d+) — API key: (rk_test_emulator)$/.exec(
          banner,
        );
      expect(match).not.toBeNull();
      const [, url, key] = match!;
      const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };
      const statuses: string[] = [];
      for (const prompt of ["first", "second"]) {
        const created = (await (
          await fetch(`${url}/api/v1/flux_2/text_to_image`, {
            method: "POST",
            headers,
            body: JSON.stringify({ model: "flux-2-pro-text-to-image", prompt }),
          })
        ).json()) as { id: string };
        const task = (await (
          await fetch(`${url}/api/v1/flux_2/text_to_image/${created.id}`, { headers })
        ).json()) as { status: string };
        statuses.push(task.status);
      }
      expect(statuses).toEqual(["completed", "failed"]);
      child.kill("SIGTERM");
      const [code] = await exited;
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });

  it("the CLI installs --fault rules and a seeded --fault-rate mix, and refuses a malformed --fault", async () => {
    const text = "/api/v1/flux_2/text_to_image";
    const { child, nextLine } = run([
      cliFile,
      "--port",
      "0",
      "--fault",
      `POST ${text}=status:503,retry-after=1x2`,
      "--fault",
      "*=html-error",
      "--fault-rate",
      "1",
      "--fault-seed",
      "7",
    ]);
    const exited = exitOf(child);
    try {
      const [, url] = /listening on (\S+) /.exec(await nextLine(/listening/))!;
      expect(await nextLine(/^Random faults/)).toBe("Random faults: rate 1, seed 7");
      const post = () =>
        fetch(`${url}${text}`, {
          method: "POST",
          headers: { authorization: "Bearer rk_test_emulator", "content-type": "application/json" },
          body: JSON.stringify({ model: "flux-2-pro-text-to-image", prompt: "cli" }),
        });
      const first = await post();
      expect([first.status, first.headers.get("retry-after")]).toEqual([503, "1"]);
      expect((await post()).status).toBe(503);
      const third = await post();
      expect([third.status, third.headers.get("content-type")]).toEqual([502, "text/html"]);
      // Rules used up, the random mix (rate 1) breaks every request; seed 7 always starts with these three.
      const limited = await post();
      expect([limited.status, limited.headers.get("retry-after-ms")]).toEqual([429, "1"]);
      await expect((await post()).text()).rejects.toThrow(); // cut-body
      await expect(post()).rejects.toThrow(); // reset-before
      child.kill("SIGTERM");
      expect((await exited)[0]).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }

    const bad = spawnBuilt([cliFile, "--port", "0", "--fault", "*=explode"]);
    let stderr = "";
    bad.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const [code] = await exitOf(bad);
    expect(code).toBe(2);
    expect(stderr).toContain('--fault "*=explode": unknown fault kind "explode"');
    expect(stderr).toContain("<route>=<kind>[:<param>][x<times>]");
  });
});
