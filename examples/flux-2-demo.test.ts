import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "runapi-demo-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** What a build or an install prints, none of which belongs in what the demo prints. */
const NOISE =
  /turbo|Tasks:|Cached:|Packages in scope|tsup|Build success|Progress: resolved|Update available|╭|ERR_|WARN/;

// The demo runs as users run it: `pnpm demo`, which builds what it imports and runs it against the built packages.
it("pnpm demo edits a local image on the emulator, says so first, shows progress, ends with the saved PNG", async () => {
  const { stdout, stderr } = await run(join(root, "node_modules", ".bin", "pnpm"), ["demo", "--out", out], {
    cwd: root,
    env: { ...process.env, RUNAPI_API_KEY: "", RUNAPI_KEY: "", RUNAPI_BASE_URL: "" },
    timeout: 240_000,
  });
  // pnpm names the script it runs; everything after that is the demo's.
  const [, script = "", printed = ""] =
    /^\n?> runapi-sdks@ demo \S+\n(> .*)\n\n([\s\S]*)$/.exec(stdout) ?? [];
  expect(script).toBe(`> tsx scripts/demo/demo.ts --out ${out}`);
  const lines = printed.trimEnd().split("\n");

  const [url] = /http:\/\/127\.0\.0\.1:\d+/.exec(lines[0] ?? "") ?? [];
  expect(lines.slice(0, 4)).toEqual([
    `Running on a local RunAPI emulator at ${url}, not the real API: no key needed, prices`,
    "are paid in play money, and the image that comes back is a placeholder the emulator draws.",
    "(With RUNAPI_API_KEY set, `pnpm demo --live` runs it on the real API.)",
    "",
  ]);
  // The source is a file on disk, uploaded by the client before the task is created.
  const source = readFileSync(fileURLToPath(new URL("./assets/lighthouse.png", import.meta.url)));
  expect(lines.slice(4, 6)).toEqual([
    `source   examples/assets/lighthouse.png (${source.length} bytes, image/png)`,
    "model    flux-2-flex-image-to-image, estimated 14¢",
  ]);

  // Progress while it waits: read while still processing, then the read that sees it completed.
  const waiting = lines.slice(6, -5);
  for (const line of waiting)
    expect(line).toMatch(/^waiting {2}\d+\.\d s, (processing|completed) \(read \d+\)$/);
  expect(waiting[0]).toMatch(/, processing \(read 1\)$/);
  expect(waiting.at(-1)).toMatch(/, completed \(read \d+\)$/);

  const [, taskId] = /^task {5}(\S+)$/.exec(lines.at(-5) ?? "") ?? [];
  expect(lines.slice(-4)).toEqual([
    "status   completed",
    "charged  14¢ of play money (estimated 14¢)",
    expect.stringMatching(/^time {5}\d+\.\d s$/),
    `saved    ${join(out, `${taskId}.png`)} (the emulator's placeholder, not a Flux 2 render)`,
  ]);
  expect(readdirSync(out)).toEqual([`${taskId}.png`]);
  const png = readFileSync(join(out, `${taskId}.png`));
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

  // Nothing from the build or pnpm: on stderr at most the one line a long first build prints.
  expect(printed).not.toMatch(NOISE);
  expect(["", "Building the packages the demo uses (a minute or so the first time)…\n"]).toContain(stderr);
}, 240_000);
