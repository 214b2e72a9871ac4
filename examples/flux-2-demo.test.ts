import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), "runapi-demo-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

// The demo runs as users run it: a separate Node process importing the built packages.
it("edits a local image with the Flux 2 demo against the emulator and saves a real PNG", async () => {
  const demo = fileURLToPath(new URL("./flux-2-demo.ts", import.meta.url));
  const { stdout } = await run(process.execPath, ["--import", "tsx", demo, "--out", out], {
    cwd: fileURLToPath(new URL(".", import.meta.url)),
    env: { ...process.env, RUNAPI_API_KEY: "", RUNAPI_KEY: "" },
  });
  const [taskId] = /task {4}(\S+)/.exec(stdout)?.slice(1) ?? [];
  // The source is a file on disk, uploaded by the client before the task is created.
  const source = readFileSync(fileURLToPath(new URL("./assets/lighthouse.png", import.meta.url)));
  expect(stdout).toContain(`source  assets/lighthouse.png (${source.length} bytes, image/png)`);
  expect(stdout).toMatch(/status {2}completed/);
  expect(stdout).toMatch(/price {3}14¢ charged \(estimated 14¢\)/);
  expect(readdirSync(out)).toEqual([`${taskId}.png`]);
  const png = readFileSync(join(out, `${taskId}.png`));
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
}, 30_000);
