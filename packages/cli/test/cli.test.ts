import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, renderPromptPng, startEmulator } from "@runapi.ai/emulator";
import { families } from "@runapi.ai/families";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startupBanner } from "../../emulator/test/startup-banner.ts";
import { catalog, RunAPI } from "../../flux-2/src/index.ts";
import { flux2Specs } from "./support/emulator-specs.ts";
import { type CliResult, cliCommand, cliEnv, runCli } from "./support/run-cli.ts";
import { runInTerminal } from "./support/run-in-terminal.ts";

const KEY = "rk_test_cli_secret_4f2a9c";
const MODEL = "flux-2-pro-text-to-image";
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Where the tasks of the tests that run at once go. */
let emulator: Emulator;
let env: Record<string, string>;
/** Where nothing else goes, so that the tests that count its requests count their own alone. */
let quiet: Emulator;
let quietEnv: Record<string, string>;
let dir: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, apiKeys: [KEY], taskDurationMs: 500 });
  env = { RUNAPI_BASE_URL: emulator.url, RUNAPI_API_KEY: KEY };
  quiet = await startEmulator({ port: 0, apiKeys: [KEY], taskDurationMs: 500 });
  quietEnv = { RUNAPI_BASE_URL: quiet.url, RUNAPI_API_KEY: KEY };
  dir = mkdtempSync(join(tmpdir(), "runapi-cli-"));
});

afterAll(async () => {
  await emulator?.close();
  await quiet?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every output of a run: the key must appear in none. */
function expectNoKey(result: CliResult, key = KEY) {
  expect(result.stdout).not.toContain(key);
  expect(result.stderr).not.toContain(key);
}

/** The requests the quiet emulator received while `work` ran. */
async function requestsDuring<T>(work: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const before = quiet.requestsReceived();
  const result = await work();
  return { result, requests: quiet.requestsReceived() - before };
}

// Each test waits on tasks, not on the processor: they run at once.
describe.concurrent("runapi <family> <action>", () => {
  it("creates, waits with one progress line per read on stderr when piped, and downloads a real PNG", async () => {
    const out = join(dir, "out");
    const result = await runCli(
      ["flux-2", "text-to-image", "--model", MODEL, "--prompt", "a red fox in snow", "--wait", "--out", out],
      env,
    );
    expect(result.stderr).toBe(result.stderr.replace(/\r/g, ""));
    expect(result.code, result.stderr).toBe(0);
    const [summary, path] = result.stdout.trim().split("\n");
    expect(summary).toMatch(/^[\w-]+ completed$/);
    expect(path).toBe(join(out, `${summary!.split(" ")[0]}-1.png`));
    expect([...readFileSync(path!).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(result.stderr.trim().split("\n").at(-1)).toMatch(/^completed · \d+\.\ds · \d+ reads? · est\. 5¢$/);
    expectNoKey(result);
  });

  it("writes one plain progress line per read on stderr when it is not a terminal", async () => {
    // Tasks outlast the first read here, so the wait reads more than once.
    const slow = await startEmulator({ port: 0, apiKeys: [KEY], taskDurationMs: 4_000 });
    try {
      const result = await runCli(
        ["flux-2", "text-to-image", "--model", MODEL, "--prompt", "a fox", "--wait"],
        {
          ...env,
          RUNAPI_BASE_URL: slow.url,
        },
      );
      expect(result.code, result.stderr).toBe(0);
      // Neither a carriage return nor an escape sequence: those redraw a terminal's line.
      expect(result.stderr).not.toContain("\r");
      expect(result.stderr).not.toContain("\u001b");
      const lines = result.stderr.trim().split("\n");
      expect(lines.length).toBeGreaterThanOrEqual(2);
      lines.forEach((line, index) => {
        const reads = `${index + 1} read${index === 0 ? "" : "s"}`;
        expect(line).toMatch(new RegExp(`^(processing|completed) · \\d+\\.\\ds · ${reads} · est\\. 5¢$`));
      });
      expect(lines[0]).toMatch(/^processing /);
      expect(lines.at(-1)).toMatch(/^completed /);
    } finally {
      await slow.close();
    }
  }, 30_000);

  it("on a terminal redraws one progress line in place, then prints the task and the file", async () => {
    const slow = await startEmulator({ port: 0, apiKeys: [KEY], taskDurationMs: 4_000 });
    try {
      const out = join(dir, "terminal");
      const terminal = runInTerminal(
        ["flux-2", "text-to-image", "--model", MODEL, "--prompt", "a fox", "--wait", "--out", out],
        { ...env, RUNAPI_BASE_URL: slow.url },
      );
      expect(await terminal.exited, terminal.output()).toBe(0);
      // Each read goes back to the line's start (\r) and erases it (ESC [2K) before drawing the new status.
      const [before, ...draws] = terminal.output().split("\r\u001b[2K");
      expect(before).toBe("");
      expect(draws.length).toBeGreaterThanOrEqual(2);
      draws.forEach((draw, index) => {
        const reads = `${index + 1} read${index === 0 ? "" : "s"}`;
        expect(draw).toMatch(new RegExp(`^(processing|completed) · \\d+\\.\\ds · ${reads} · est\\. 5¢`));
      });
      expect(draws[0]).toMatch(/^processing .*5¢$/);
      // The last drawing stays, ended by a newline (the terminal shows \n as \r\n), then what stdout printed.
      const [last, summary, path, after] = draws.at(-1)!.split("\r\n");
      expect(last).toMatch(/^completed · \d+\.\ds · \d+ reads · est\. 5¢$/);
      expect(summary).toMatch(/^[\w-]+ completed$/);
      expect(path).toBe(join(out, `${summary!.split(" ")[0]}-1.png`));
      expect(after).toBe("");
      expect([...readFileSync(path!).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    } finally {
      await slow.close();
    }
  }, 30_000);

  it("prints the completed task as JSON with --json", async () => {
    const result = await runCli(
      [
        "flux-2",
        "text-to-image",
        "--model",
        MODEL,
        "--prompt",
        "a lighthouse",
        "--output-resolution",
        "2k",
      ].concat(["--wait", "--json"]),
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    const task = JSON.parse(result.stdout);
    expect(task).toMatchObject({ status: "completed", model: MODEL, images: [{ url: expect.any(String) }] });
    expect(task.billing.settlement.charged_amount_cents).toBe(7);
    expectNoKey(result);
  });

  it("without --wait prints the task id and the command that waits for it, which works", async () => {
    const created = await runCli(
      ["flux-2", "text-to-image", "--model", MODEL, "--prompt", "a quiet harbour"],
      env,
    );
    expect(created.code, created.stderr).toBe(0);
    const id = created.stdout.trim();
    expect(id).toMatch(/^[\w-]+$/);
    const command = `runapi wait ${id} --family flux-2 --model ${MODEL}`;
    expect(created.stderr).toContain(command);
    const waited = await runCli(command.split(" ").slice(1).concat("--json"), env);
    expect(waited.code, waited.stderr).toBe(0);
    expect(JSON.parse(waited.stdout)).toMatchObject({ id, status: "completed" });
  });

  it("takes the whole body from --params on stdin, flags overriding it", async () => {
    const body = JSON.stringify({ model: MODEL, prompt: "from stdin", output_resolution: "2k" });
    const result = await runCli(
      ["flux-2", "text-to-image", "--params", "-", "--output-resolution", "1k", "--wait", "--json"],
      env,
      { stdin: body },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).billing.settlement.charged_amount_cents).toBe(5);
  });

  it("takes the whole body from a --params file", async () => {
    const file = join(dir, "body.json");
    writeFileSync(file, JSON.stringify({ model: MODEL, prompt: "from a file", output_resolution: "2k" }));
    const result = await runCli(["flux-2", "text-to-image", "--params", file, "--wait", "--json"], env);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ model: MODEL, status: "completed" });
    expect(JSON.parse(result.stdout).billing.settlement.charged_amount_cents).toBe(7);
  });

  it("uploads a local path given to a file field through core, one repeated flag per item", async () => {
    const png = join(dir, "source.png");
    writeFileSync(png, renderPromptPng("a source image"));
    const filesBefore = emulator.files().length;
    const result = await runCli(
      ["flux-2", "image-to-image", "--model", "flux-2-pro-image-to-image", "--prompt", "make it blue"].concat(
        ["--source-image-urls", png, "--source-image-urls", "https://example.com/b.png", "--wait", "--json"],
      ),
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(emulator.files().length).toBe(filesBefore + 1);
    expect(JSON.parse(result.stdout).status).toBe("completed");
  });
});

describe("refusals", () => {
  it("refuses a bad enum and a missing required flag with every problem and the usage, sending nothing", async () => {
    const { result, requests } = await requestsDuring(() =>
      runCli(
        ["flux-2", "text-to-image", "--model", MODEL, "--aspect-ratio", "5:5", "--output-resolution", "9k"],
        env,
      ),
    );
    expect(result.code).toBe(2);
    expect(requests).toBe(0);
    expect(result.stderr).toContain("aspect_ratio must be one of: 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3");
    expect(result.stderr).toContain("output_resolution must be one of: 1k, 2k");
    expect(result.stderr).toContain("prompt is required");
    expect(result.stderr).toContain("Usage: runapi flux-2 text-to-image [options]");
    expect(result.stdout).toBe("");
  });

  it("parses numbers by the schema and refuses text that is not one, naming the field", async () => {
    const { result, requests } = await requestsDuring(() =>
      runCli(
        ["flux-2", "text-to-image", "--model", "flux-2-max-text-to-image", "--prompt", "a fox"].concat([
          "--aspect-ratio",
          "1:1",
          "--output-count",
          "two",
        ]),
        env,
      ),
    );
    expect(result.code).toBe(2);
    expect(requests).toBe(0);
    expect(result.stderr).toMatch(/output_count must be/);
  });

  it("refuses a --timeout that is not a number of seconds", async () => {
    const { result, requests } = await requestsDuring(() =>
      runCli(
        ["flux-2", "text-to-image", "--model", MODEL, "--prompt", "a fox", "--wait", "--timeout", "soon"],
        quietEnv,
      ),
    );
    expect(result.code).toBe(2);
    expect(requests).toBe(0);
    expect(result.stderr).toContain("option '--timeout <seconds>' argument 'soon' is invalid");
  });

  it("refuses --params that is not a JSON object before sending anything", async () => {
    const { result, requests } = await requestsDuring(() =>
      runCli(["flux-2", "text-to-image", "--params", "-"], quietEnv, { stdin: "[1, 2]" }),
    );
    expect(result.code).toBe(2);
    expect(requests).toBe(0);
    expect(result.stderr).toContain("--params - must hold one JSON object, the request body");
  });
});

describe.concurrent("exit codes by error class", () => {
  it("3 for a wrong key, which is printed nowhere", async () => {
    const wrong = "rk_wrong_key_7d1e0b";
    const result = await runCli(["balance", "--api-key", wrong], { RUNAPI_BASE_URL: emulator.url });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/AuthenticationError/);
    expect(result.stderr).toContain(
      "Set RUNAPI_API_KEY (or RUNAPI_KEY) in the environment, or pass --api-key.",
    );
    expectNoKey(result, wrong);
  });

  it("4 when the account's credits do not cover the task", async () => {
    const broke = await startEmulator({ port: 0, accounts: [{ apiKey: KEY, balanceCents: 1 }] });
    try {
      const result = await runCli(["flux-2", "text-to-image", "--model", MODEL, "--prompt", "a fox"], {
        ...env,
        RUNAPI_BASE_URL: broke.url,
      });
      expect(result.code).toBe(4);
      expect(result.stderr).toMatch(/InsufficientCreditsError/);
      expect(broke.tasksCreated()).toBe(0);
      expectNoKey(result);
    } finally {
      await broke.close();
    }
  });

  it("5 for a failed task", async () => {
    const failing = await startEmulator({ port: 0, apiKeys: [KEY], taskDurationMs: 500 });
    try {
      failing.failNextTask("The model refused.");
      const result = await runCli(
        ["flux-2", "text-to-image", "--model", MODEL, "--prompt", "a fox", "--wait"],
        {
          ...env,
          RUNAPI_BASE_URL: failing.url,
        },
      );
      expect(result.code).toBe(5);
      expect(result.stderr).toContain("The model refused.");
    } finally {
      await failing.close();
    }
  });

  it("6 when waiting times out, naming the task to wait for again", async () => {
    const slow = await startEmulator({ port: 0, apiKeys: [KEY], taskDurationMs: 60_000 });
    try {
      const result = await runCli(
        ["flux-2", "text-to-image", "--model", MODEL, "--prompt", "a fox", "--wait", "--timeout", "0.5"],
        { ...env, RUNAPI_BASE_URL: slow.url },
      );
      expect(result.code).toBe(6);
      expect(result.stderr).toMatch(/WaitTimeoutError/);
    } finally {
      await slow.close();
    }
  });

  it("are listed in runapi --help", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    for (const code of [1, 2, 3, 4, 5, 6])
      expect(result.stdout).toMatch(new RegExp(`^ {2}${code} {2}\\w`, "m"));
  });
});

describe.concurrent("runapi models, estimate and balance", () => {
  it("ends quietly with exit code 0 when its reader closes the pipe first (runapi models | head)", async () => {
    const child = spawn(process.execPath, [...cliCommand(), "models"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: cliEnv({}),
    });
    // The reader is gone before the command writes a line: every write it makes meets a closed pipe.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  });

  it("models flux-2 lists every variant with its action, price and status", async () => {
    const result = await runCli(["models", "flux-2"]);
    expect(result.code, result.stderr).toBe(0);
    for (const variant of catalog.variants) {
      expect(result.stdout).toMatch(
        new RegExp(`^flux-2 +${variant.model} +${variant.action} +.+ +${variant.status}$`, "m"),
      );
    }
    expect(result.stdout).toMatch(
      /flux-2-pro-text-to-image +text_to_image +5¢ \(output_resolution 1k\) · 7¢/,
    );
    const rows = JSON.parse((await runCli(["models", "flux-2", "--json"])).stdout);
    expect(rows.map((row: { model: string }) => row.model)).toEqual(catalog.variants.map((v) => v.model));
  });

  it("models gives a model that serves several actions each action's own price", async () => {
    const rows: { model: string; action: string; price: string }[] = JSON.parse(
      (await runCli(["models", "kling", "--json"])).stdout,
    );
    const priceOf = (action: string) =>
      rows.find((row) => row.model === "kling-3.0" && row.action === action)?.price;
    // kling-3.0 is priced per second of output for motion control, and by table for text to video.
    expect(priceOf("motion_control")).toMatch(/^per second of output: /);
    expect(priceOf("text_to_video")).toMatch(/^from \d+¢ to \d+¢ by /);
  });

  it("estimate agrees with estimateCost, offline", async () => {
    const client = new RunAPI({ apiKey: KEY, baseURL: quiet.url });
    for (const resolution of ["1k", "2k"]) {
      const { result, requests } = await requestsDuring(() =>
        runCli(
          [
            "estimate",
            "flux-2",
            "text-to-image",
            "--model",
            "flux-2-flex-text-to-image",
            "--prompt",
            "a fox",
            "--output-resolution",
            resolution,
            "--json",
          ],
          quietEnv,
        ),
      );
      expect(result.code, result.stderr).toBe(0);
      expect(requests).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(
        client.estimateCost({
          model: "flux-2-flex-text-to-image",
          prompt: "a fox",
          output_resolution: resolution as "2k",
        }),
      );
    }
  });

  it("quote asks the API for the live price, which agrees with the offline estimate", async () => {
    const params = { model: "flux-2-flex-text-to-image", prompt: "a fox", output_resolution: "2k" } as const;
    const result = await runCli(
      ["quote", "flux-2", "text-to-image", "--model", params.model, "--prompt", params.prompt].concat([
        "--output-resolution",
        params.output_resolution,
        "--json",
      ]),
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    // The API's own answer (as_of, estimate_basis, pricing_status are the server's), not an offline estimate.
    const client = new RunAPI({ apiKey: KEY, baseURL: emulator.url });
    const quote = JSON.parse(result.stdout);
    expect(quote).toEqual(await client.prices.quote(params));
    expect(quote).toMatchObject({ service: "flux_2", action: "text_to_image", model: params.model });
    expect(quote.reservation_amount_cents).toBe(client.estimateCost(params).cents);
    expect(quote.reservation_amount_cents).toBe(24);
    expectNoKey(result);
  });

  it("balance answers the account's balance", async () => {
    const result = await runCli(["balance", "--json"], env);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).balance_cents).toBe(emulator.account(KEY).balance_cents);
    expectNoKey(result);
  });
});

describe("runapi emulator", () => {
  it("runs the emulator's own bin, which prints its banner, and passes SIGTERM on so that it stops cleanly", async () => {
    const child = spawn(
      process.execPath,
      [...cliCommand(), "emulator", "--port", "0", "--specs-dir", flux2Specs(join(dir, "emulator"))],
      { env: cliEnv({}), stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.setEncoding("utf8").on("data", (text: string) => {
          stdout += text;
          if (stdout.includes("Ctrl-C stops it.\n")) resolve();
        });
        child.on("close", () => reject(new Error(`runapi emulator ended:\n${stdout}${stderr}`)));
      });
      const [, url = "", key = ""] =
        /listening on (http:\/\/127\.0\.0\.1:\d+) — API key: (\S+)/.exec(stdout) ?? [];
      expect(stdout).toBe(startupBanner(url, key));
      const balance = await fetch(`${url}/api/v1/me/balance`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(balance.status).toBe(200);
      // Sent to runapi alone, as a process manager does: it passes it on and ends with the emulator's code.
      child.kill("SIGTERM");
      expect(await exited, stderr).toBe(0);
      expect(stderr).toBe("");
      await expect(fetch(`${url}/api/v1/me/balance`)).rejects.toThrow();
    } finally {
      child.kill("SIGKILL");
    }
  });
});

describe("runapi completion", () => {
  it("prints a bash script that completes commands, families, actions, models and flags; zsh loads the same", async () => {
    const [bash, zsh] = await Promise.all([runCli(["completion", "bash"]), runCli(["completion", "zsh"])]);
    expect(bash.code, bash.stderr).toBe(0);
    expect(zsh.code, zsh.stderr).toBe(0);
    const script = join(dir, "completion.bash");
    writeFileSync(script, bash.stdout);
    // Each line: what completion offers after the words given, the last one being typed.
    const cases = [
      ["runapi", ""],
      ["runapi", "flux-2", ""],
      ["runapi", "quote", "flux-2", ""],
      ["runapi", "flux-2", "text-to-image", "--model", ""],
      ["runapi", "flux-2", "image-to-image", "--so"],
      ["runapi", "completion", ""],
    ];
    const calls = cases.map(
      (words) =>
        `COMP_WORDS=(${words.map((word) => `'${word}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _runapi; echo "\${COMPREPLY[*]}"`,
    );
    const offered = execFileSync("bash", ["-c", `source '${script}'\n${calls.join("\n")}`], {
      encoding: "utf8",
    }).split("\n");
    const actionsOf = (action: string) => catalog.variants.filter((variant) => variant.action === action);
    const actions = [...new Set(catalog.variants.map((variant) => variant.action.replace(/_/g, "-")))];
    expect(offered[0]!.split(" ")).toEqual(
      expect.arrayContaining([
        ...Object.keys(families),
        "estimate",
        "quote",
        "models",
        "balance",
        "emulator",
      ]),
    );
    expect(offered[1]!.split(" ").sort()).toEqual(actions.sort());
    expect(offered[2]!.split(" ").sort()).toEqual(actions.sort());
    expect(offered[3]!.split(" ").sort()).toEqual(
      actionsOf("text_to_image")
        .map((variant) => variant.model)
        .sort(),
    );
    expect(offered[4]).toBe("--source-image-urls");
    expect(offered[5]).toBe("bash zsh");
    // zsh runs the same function through its bash compatibility.
    expect(zsh.stdout).toContain("autoload -U +X bashcompinit && bashcompinit\n");
    expect(zsh.stdout).toContain(bash.stdout.slice(bash.stdout.indexOf("_runapi() {")));
  });
});
