import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { startupBanner } from "./startup-banner.ts";
import { builtCli, spawnBuilt } from "./support/spawn-built.ts";

// The flags are read from the source; the command runs built, as users run it.
const cliFile = fileURLToPath(new URL("../src/cli.ts", import.meta.url));

function cli(args: string[]): { child: ChildProcess; output: () => string; errors: () => string } {
  const child = spawnBuilt([builtCli, ...args]);
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (text: string) => {
    stdout += text;
  });
  child.stderr!.setEncoding("utf8").on("data", (text: string) => {
    stderr += text;
  });
  return { child, output: () => stdout, errors: () => stderr };
}

async function until(read: () => string, match: RegExp, child: ChildProcess): Promise<RegExpExecArray> {
  for (let attempt = 0; attempt < 500; attempt++) {
    const found = match.exec(read());
    if (found) return found;
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no ${match} in: ${read()}`);
}

describe("the CLI", () => {
  it("--help documents every option it parses", async () => {
    // The flags are read from the parseArgs table itself, so a new flag without help text fails here.
    const source = readFileSync(cliFile, "utf8");
    const table = /options: \{([\s\S]*?)\n {6}\},/.exec(source)![1]!;
    const flags = [...table.matchAll(/^\s+"?([a-z-]+)"?: \{ type:/gm)].map((match) => match[1]!);
    expect(flags).toEqual(
      expect.arrayContaining(["balance", "rate-limit", "file-ttl-ms", "api-key", "help"]),
    );

    const { child, output } = cli(["--help"]);
    const [code] = (await once(child, "exit")) as [number];
    expect(code).toBe(0);
    for (const flag of flags) expect(output(), flag).toMatch(new RegExp(`--${flag}\\b`));
  });

  it("--help is written for the installed package", async () => {
    const { child, output } = cli(["--help"]);
    await once(child, "exit");
    expect(output()).toMatch(
      /^Usage: npx @runapi\.ai\/emulator \[options\]\n {7}runapi-emulator \[options\] /,
    );
    expect(output()).toContain(
      "--specs-dir DIR               folder of <family>.yaml specs (default: the specs this package carries)",
    );
    expect(output()).not.toMatch(/pnpm|packages\/emulator/);
  });

  it("prints its URL, its test key and the two lines that point a client at it", async () => {
    const { child, output } = cli(["--port", "0"]);
    try {
      const [, url, key] = await until(
        output,
        /^RunAPI emulator listening on (http:\/\/127\.0\.0\.1:\d+) — API key: (\S+)\n/,
        child,
      );
      await until(output, /Ctrl-C stops it\.\n/, child);
      expect(key).toBe("rk_test_emulator");
      expect(output()).toBe(startupBanner(String(url), "rk_test_emulator"));
      // The exported values are the ones it serves.
      const [, baseURL, apiKey] = /export RUNAPI_BASE_URL=(\S+)\n {2}export RUNAPI_API_KEY=(\S+)\n/.exec(
        output(),
      )!;
      const balance = await fetch(`${baseURL}/api/v1/me/balance`, {
        headers: { authorization: `Bearer ${apiKey}` },
      });
      expect(balance.status).toBe(200);
      expect(((await balance.json()) as any).balance_cents).toBe(1_000_000);
    } finally {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  });

  it("starts accounts with --api-key and --balance and limits them with --rate-limit", async () => {
    const { child, output } = cli([
      "--port",
      "0",
      "--api-key",
      "rk_cli",
      "--balance",
      "10",
      "--rate-limit",
      "1",
      "--file-ttl-ms",
      "5000",
    ]);
    try {
      const [, url] = await until(output, /listening on (\S+) — API key: rk_cli\n/, child);
      await until(output, /Rate limit: 1 requests per second per key\n/, child);
      expect(output()).toContain("Balance: 10 cents per account");
      const headers = { authorization: "Bearer rk_cli" };
      const balance = await fetch(`${url}/api/v1/me/balance`, { headers });
      expect(((await balance.json()) as any).balance_cents).toBe(10);
      const limited = await fetch(`${url}/api/v1/me`, { headers });
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toBe("1");
    } finally {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  });

  it("refuses a bad value before starting, naming the flag", async () => {
    const { child, errors } = cli(["--port", "0", "--rate-limit", "0"]);
    const [code] = (await once(child, "exit")) as [number];
    expect(code).toBe(2);
    expect(errors()).toContain('--rate-limit must be a positive number, got "0"');
    expect(errors()).toContain("Usage:");
  });

  it("says a busy port is busy and how to pick another, without a stack trace, and exits 1", async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const { child, errors } = cli(["--port", String(port)]);
      const [code] = (await once(child, "exit")) as [number];
      expect(code).toBe(1);
      expect(errors()).toContain(`Port ${port} is already in use`);
      expect(errors()).toContain("--port 0 picks a free one");
      expect(errors()).not.toMatch(/EADDRINUSE|\n\s+at /);
    } finally {
      busy.close();
    }
  });
});
