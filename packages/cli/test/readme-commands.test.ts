/**
 * The root README's "From the terminal" section, as a reader follows it: the emulator started in one terminal
 * (`runapi emulator`, which runs the same bin as `npx @runapi.ai/emulator`), its two `export` lines taken from
 * what it printed, each command of the section run verbatim with the built bin standing for `runapi`, and the
 * emulator stopped with Ctrl-C.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { startupBanner } from "../../emulator/test/startup-banner.ts";
import { flux2Specs } from "./support/emulator-specs.ts";
import { repoRoot, runCli } from "./support/run-cli.ts";
import { runInTerminal } from "./support/run-in-terminal.ts";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const dir = mkdtempSync(join(tmpdir(), "runapi-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The commands of the README's block marked `<!-- terminal-commands -->`, each split into its words. */
function readmeCommands(): string[][] {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const block = /<!-- terminal-commands -->\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("README.md has no ```sh block after <!-- terminal-commands -->");
  return block
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map(([, quoted, bare]) => quoted ?? bare!));
}

it("README.md's terminal commands work verbatim against the emulator", async () => {
  const commands = readmeCommands();
  expect(commands.length).toBeGreaterThanOrEqual(3);
  expect(commands.length).toBeLessThanOrEqual(5);
  for (const words of commands) expect(words[0]).toBe("runapi");
  const named = (first: string) => commands.find((words) => words[1] === first);
  const create = commands.find((words) => words.includes("--wait") && words.includes("--out"));
  const models = named("models");
  const estimate = named("estimate");
  const quote = named("quote");
  const balance = named("balance");
  expect([create, models, estimate, balance].every(Boolean), commands.join("\n")).toBe(true);

  const emulator = runInTerminal(
    ["emulator", "--port", "0", "--task-duration-ms", "500", "--specs-dir", flux2Specs(dir)],
    {},
  );
  try {
    // A terminal shows each \n as \r\n.
    const printed = (await emulator.shows(/Ctrl-C stops it\.\r\n/)).replace(/\r\n/g, "\n");
    const [, url = "", key = ""] =
      /listening on (http:\/\/127\.0\.0\.1:\d+) — API key: (\S+)/.exec(printed) ?? [];
    expect(printed).toBe(startupBanner(url, key));
    // What the reader pastes: the two export lines, as printed.
    const env = Object.fromEntries(
      [...printed.matchAll(/^ {2}export (RUNAPI_\w+)=(\S+)$/gm)].map(([, name, value]) => [name!, value!]),
    );
    expect(Object.keys(env).sort()).toEqual(["RUNAPI_API_KEY", "RUNAPI_BASE_URL"]);

    const outputs = new Map<string[], string>();
    for (const words of commands) {
      const result = await runCli(words.slice(1), env, { cwd: dir });
      expect(result.code, `${words.join(" ")}\n${result.stderr}`).toBe(0);
      outputs.set(words, result.stdout);
    }
    expect(outputs.get(models!)).toMatch(/^flux-2 +flux-2-pro-text-to-image +text_to_image +5¢ .*active$/m);
    expect(outputs.get(estimate!)).toMatch(/^\d+¢\n$/);
    if (quote) expect(outputs.get(quote)).toMatch(/^\d+¢ \(\w+; prices as of \S+\)\n$/);
    const [summary, file, after] = outputs.get(create!)!.split("\n");
    const id = /^([\w-]+) completed$/.exec(summary!)?.[1];
    expect(id, summary).toBeDefined();
    const out = create![create!.indexOf("--out") + 1]!;
    expect(file).toBe(join(dir, out, `${id}-1.png`));
    expect(after).toBe("");
    expect([...readFileSync(file!).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The emulator's play balance, less what the task was charged (the create's estimate).
    const charged = 1_000_000 - Number(/^balance: (\d+)¢/.exec(outputs.get(balance!)!)?.[1]);
    expect(charged).toBe(5);
    expect(outputs.get(balance!)).toMatch(/spent today 5¢\n$/);

    // Ctrl-C at the emulator's terminal stops it cleanly: exit code 0, and nothing listens any more.
    emulator.type("\u0003");
    expect(await emulator.exited, emulator.output()).toBe(0);
    await expect(fetch(`${url}/api/v1/me/balance`)).rejects.toThrow();
  } finally {
    emulator.stop();
  }
}, 60_000);
