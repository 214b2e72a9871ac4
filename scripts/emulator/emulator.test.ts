/**
 * `pnpm emulator` as a user runs it: what it prints is the emulator's banner, nothing of the build before it, and
 * SIGTERM stops it cleanly.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { startupBanner } from "../../packages/emulator/test/startup-banner.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

it("builds quietly, prints the emulator's banner first, and stops on SIGTERM with exit code 0", async () => {
  const child = spawn(
    join(root, "node_modules", ".bin", "tsx"),
    ["scripts/emulator/emulator.ts", "--port", "0"],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
  child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  try {
    await expect.poll(() => stdout, { timeout: 60_000, interval: 50 }).toMatch(/Ctrl-C stops it\.\n/);
    const [, url = "", key = ""] =
      /^RunAPI emulator listening on (http:\/\/127\.0\.0\.1:\d+) — API key: (\S+)\n/.exec(stdout) ?? [];
    expect(url, stdout).not.toBe("");
    // The banner and nothing else: nothing of the build before it.
    expect(stdout).toBe(startupBanner(url, key));
    expect(stdout).not.toMatch(/turbo|Tasks:|Cached:|tsup|Build success/);
    expect(stderr).toBe("");
    expect((await fetch(`${url}/api/v1/price_schedules?service=flux_2`)).status).toBe(200);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/api/v1/price_schedules`)).rejects.toThrow();
  } finally {
    child.kill("SIGKILL");
  }
}, 90_000);
