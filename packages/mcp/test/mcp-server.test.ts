import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { getDefaultEnvironment, StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../..", import.meta.url));
/** The built server, as an MCP client runs it (`pnpm test` builds before this tier). */
const server = fileURLToPath(new URL("../bin/runapi-mcp.js", import.meta.url));
if (!existsSync(fileURLToPath(new URL("../dist/server.js", import.meta.url)))) {
  throw new Error(
    "packages/mcp/dist/server.js is missing: the tests run the built server; run pnpm build first",
  );
}
const SECRET = "rk_test_mcp_secret_4f9a1c";

let emulator: Emulator;
/** Everything the server answered or wrote on stderr, to prove the key is in none of it. */
const seen: string[] = [];

/** The server as an MCP client starts it: a child process over stdio, its key and origin in its environment. */
async function connect(args: string[], env: Record<string, string> = {}): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [server, ...args],
    cwd: repo,
    env: { ...getDefaultEnvironment(), RUNAPI_API_KEY: SECRET, RUNAPI_BASE_URL: emulator.url, ...env },
    stderr: "pipe",
  });
  transport.stderr?.on("data", (chunk: Buffer) => seen.push(chunk.toString()));
  const client = new Client({ name: "test", version: "0.0.0" });
  client.onerror = (error) => seen.push(`client error: ${error.message}`);
  await client.connect(transport);
  return client;
}

/**
 * The MCP client configuration the root README gives (its "For agents (MCP)" section), as an MCP client reads it:
 * `npx -y @runapi.ai/mcp`, which the built bin stands for here, then the server's own arguments and environment.
 */
function readmeConfig(): {
  command: string;
  args: string[];
  env: Record<string, string>;
  emulatorEnv: Record<string, string>;
} {
  const readme = readFileSync(`${repo}/README.md`, "utf8");
  const section = readme.split(/^## /m).find((part) => part.startsWith("For agents (MCP)\n"));
  const json = section && /<!-- mcp-config -->\n```json\n([\s\S]*?)^```/m.exec(section)?.[1];
  if (!json) throw new Error("README.md: no <!-- mcp-config --> json block under ## For agents (MCP)");
  // The sentence that points the server at the emulator gives the env it takes instead, inline.
  const emulatorEnv = /`"env": (\{[^`]*\})`/.exec(section)?.[1];
  if (!emulatorEnv)
    throw new Error('README.md: no `"env": { … }` for the emulator under ## For agents (MCP)');
  const { runapi } = (JSON.parse(json) as { mcpServers: { runapi: ReturnType<typeof readmeConfig> } })
    .mcpServers;
  return { ...runapi, emulatorEnv: JSON.parse(emulatorEnv) };
}

async function call(client: Client, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  seen.push(JSON.stringify(result));
  return result;
}

const text = (result: CallToolResult): string =>
  result.content.flatMap((block) => (block.type === "text" ? [block.text] : [])).join("\n");

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, apiKeys: [SECRET], taskDurationMs: 1500 });
});
afterAll(async () => {
  await emulator?.close();
});

describe("runapi-mcp over stdio, against the emulator", () => {
  const config = readmeConfig();
  let client: Client;
  let tools: Tool[];
  beforeAll(async () => {
    // Started as the root README tells an MCP client to, the key and origin being the emulator's.
    client = await connect(config.args.slice(2));
    tools = (await client.listTools()).tools;
  });
  afterAll(async () => {
    await client?.close();
  });

  it("starts from the root README's configuration: npx -y @runapi.ai/mcp with the key in its environment", () => {
    expect(config.command).toBe("npx");
    expect(config.args.slice(0, 2)).toEqual(["-y", "@runapi.ai/mcp"]);
    expect(config.args.slice(2)).toEqual(["--families", "flux-2"]);
    expect(Object.keys(config.env)).toEqual(["RUNAPI_API_KEY"]);
    expect(Object.keys(config.emulatorEnv).sort()).toEqual(["RUNAPI_API_KEY", "RUNAPI_BASE_URL"]);
    expect(tools.map((tool) => tool.name)).toEqual(
      expect.arrayContaining(["flux_2_text_to_image", "wait_task"]),
    );
  });

  it("lists one create tool per flux-2 action and the shared tools, each schema valid JSON Schema", () => {
    expect(tools.map((tool) => tool.name).sort()).toEqual(
      [
        "estimate_cost",
        "flux_2_image_to_image",
        "flux_2_remix_image",
        "flux_2_text_to_image",
        "get_balance",
        "get_task",
        "list_models",
        "quote",
        "wait_task",
      ].sort(),
    );
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    for (const tool of tools) {
      expect(ajv.validateSchema(tool.inputSchema), `${tool.name}: ${ajv.errorsText()}`).toBe(true);
      expect(() => ajv.compile(tool.inputSchema), tool.name).not.toThrow();
    }
    for (const tool of tools) {
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(!tool.name.startsWith("flux_2_"));
    }
    const create = tools.find((tool) => tool.name === "flux_2_text_to_image")?.inputSchema as any;
    expect(create.properties.model.enum).toEqual([
      "flux-2-pro-text-to-image",
      "flux-2-flex-text-to-image",
      "flux-2-max-text-to-image",
    ]);
    expect(create.required).toEqual(["model", "prompt"]);
    expect(create.properties.prompt).toMatchObject({ type: "string", minLength: 3, maxLength: 5000 });
    expect(create.properties.prompt.description).toMatch(/\w{4,}/);
    expect(create.properties.output_count.description).toContain("Only for flux-2-max-text-to-image");
  });

  it("creates a task, answers its id at once, and waits again until its outputs come back as links and inline", async () => {
    const before = emulator.requests.length;
    const created = await call(client, "flux_2_text_to_image", {
      model: "flux-2-pro-text-to-image",
      prompt: "a lighthouse at dusk",
    });
    expect(created.isError).toBeFalsy();
    const task = JSON.parse((created.content[0] as { text: string }).text) as {
      id: string;
      model: string;
      status: string;
    };
    expect(task.model).toBe("flux-2-pro-text-to-image");
    expect(["pending", "processing"]).toContain(task.status);
    expect(text(created)).toContain(`"task_id":"${task.id}"`);
    expect(emulator.requests.slice(before).filter((request) => request.method === "POST")).toHaveLength(1);

    const still = await call(client, "wait_task", {
      family: "flux-2",
      model: "flux-2-pro-text-to-image",
      task_id: task.id,
      timeout_seconds: 1,
    });
    expect(still.isError).toBeFalsy();
    expect(text(still)).toMatch(/Still (pending|processing) after 1 s: call wait_task again/);

    const done = await call(client, "wait_task", {
      family: "flux-2",
      model: "flux-2-pro-text-to-image",
      task_id: task.id,
      timeout_seconds: 20,
    });
    expect(done.isError).toBeFalsy();
    expect(JSON.parse((done.content[0] as { text: string }).text)).toMatchObject({
      id: task.id,
      status: "completed",
    });
    const link = done.content.find((block) => block.type === "resource_link");
    expect(link).toMatchObject({
      type: "resource_link",
      uri: expect.stringMatching(/^http:\/\/127\.0\.0\.1:/),
    });
    const image = done.content.find((block) => block.type === "image");
    expect(image).toMatchObject({ type: "image", mimeType: "image/png" });
    const png = Buffer.from((image as { data: string }).data, "base64");
    const served = Buffer.from(await (await fetch((link as { uri: string }).uri)).arrayBuffer());
    expect(png.equals(served)).toBe(true);
  });

  it("stops waiting when the client cancels the call", async () => {
    const created = await call(client, "flux_2_text_to_image", {
      model: "flux-2-pro-text-to-image",
      prompt: "a fox",
    });
    const { id } = JSON.parse((created.content[0] as { text: string }).text) as { id: string };
    const reads = () =>
      emulator.requests.filter((request) => request.method === "GET" && request.path.includes(id));
    const cancel = new AbortController();
    const waiting = client.callTool(
      { name: "wait_task", arguments: { family: "flux-2", model: "flux-2-pro-text-to-image", task_id: id } },
      undefined,
      { signal: cancel.signal },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = reads().length;
    cancel.abort();
    await expect(waiting).rejects.toThrow();
    // Core polls a running task every 2 s at the least: a wait still going would read it again by now.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(reads().length).toBe(before);
  });

  it("answers a bad argument as a tool error naming every problem, and sends nothing", async () => {
    const before = emulator.requests.length;
    const result = await call(client, "flux_2_text_to_image", {
      model: "flux-2-pro-text-to-image",
      prompt: "no",
      aspect_ratio: "5:1",
    });
    expect(result.isError).toBe(true);
    expect(text(result)).toContain("2 problems");
    expect(text(result)).toMatch(/- prompt: .*3/);
    expect(text(result)).toMatch(/- aspect_ratio: .*16:9/);
    const unknown = await call(client, "flux_2_text_to_image", { model: "flux-9", prompt: "a fox" });
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toContain("- model:");
    expect(emulator.requests.length).toBe(before);
  });

  it("answers the balance and prices a call offline and live", async () => {
    const balance = JSON.parse(text(await call(client, "get_balance", {})));
    expect(balance.balance_cents).toEqual(emulator.account(SECRET).balance_cents);
    const args = { model: "flux-2-pro-text-to-image", prompt: "a red fox", output_resolution: "2k" };
    const before = emulator.requests.length;
    const estimate = await call(client, "estimate_cost", { tool: "flux_2_text_to_image", arguments: args });
    expect(JSON.parse(text(estimate))).toMatchObject({ cents: 7 });
    expect(emulator.requests.length).toBe(before);
    const quote = await call(client, "quote", { tool: "flux_2_text_to_image", arguments: args });
    expect(quote.isError).toBeFalsy();
    expect(JSON.parse(text(quote))).toMatchObject({ reservation_amount_cents: 7 });
    const bad = await call(client, "estimate_cost", {
      tool: "flux_2_text_to_image",
      arguments: { ...args, output_resolution: "8k" },
    });
    expect(bad.isError).toBe(true);
    expect(text(bad)).toMatch(/- output_resolution: .*2k/);
  });

  it("lists the served models with their tool, status and price", async () => {
    const [family] = JSON.parse(text(await call(client, "list_models", {})));
    expect(family.family).toBe("flux-2");
    expect(family.models).toContainEqual(
      expect.objectContaining({
        model: "flux-2-pro-text-to-image",
        tool: "flux_2_text_to_image",
        status: "active",
      }),
    );
  });
});

describe("the family filter", () => {
  it("serves the families RUNAPI_MCP_FAMILIES names, and all of them without a filter", async () => {
    const filtered = await connect([], { RUNAPI_MCP_FAMILIES: "kling,suno" });
    const all = await connect([]);
    try {
      const names = (await filtered.listTools()).tools.map((tool) => tool.name);
      expect(names.filter((name) => /^(kling|suno)_/.test(name)).length).toBeGreaterThan(1);
      expect(names.some((name) => name.startsWith("flux_2_"))).toBe(false);
      const family = (await filtered.listTools()).tools.find((tool) => tool.name === "wait_task")
        ?.inputSchema as any;
      expect(family.properties.family.enum).toEqual(["kling", "suno"]);
      const every = (await all.listTools()).tools.map((tool) => tool.name);
      expect(every).toEqual(
        expect.arrayContaining(["flux_2_text_to_image", names.find((name) => name.startsWith("kling_"))]),
      );
    } finally {
      await Promise.all([filtered.close(), all.close()]);
    }
  });

  it("refuses an unknown family on stderr, naming the known ones", async () => {
    const child = spawn(process.execPath, [server, "--families", "flux-2,nope"], {
      cwd: repo,
    });
    const [code, stdout, stderr] = await ended(child);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/unknown family nope: use some of .*flux-2/);
  });
});

describe("runapi-mcp --http, over Streamable HTTP", () => {
  it("serves the tools to an MCP client on 127.0.0.1, and refuses a request that names another host", async () => {
    const child = spawn(process.execPath, [server, "--http", "--port", "0", "--families", "flux-2"], {
      cwd: repo,
      env: { ...getDefaultEnvironment(), RUNAPI_API_KEY: SECRET, RUNAPI_BASE_URL: emulator.url },
    });
    const exited = ended(child);
    try {
      let stderr = "";
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on("data", (chunk: Buffer) => {
          stderr += chunk.toString();
          const served = /serving MCP over HTTP at (http:\/\/127\.0\.0\.1:\d+\/mcp)\n/.exec(stderr)?.[1];
          if (served) resolve(served);
        });
        child.on("exit", () => reject(new Error(`runapi-mcp --http ended: ${stderr}`)));
      });
      const client = new Client({ name: "test", version: "0.0.0" });
      await client.connect(new StreamableHTTPClientTransport(new URL(url)));
      try {
        const names = (await client.listTools()).tools.map((tool) => tool.name);
        expect(names).toEqual(expect.arrayContaining(["flux_2_text_to_image", "wait_task", "list_models"]));
        expect(names.filter((name) => name.startsWith("flux_2_"))).toHaveLength(3);
        const balance = JSON.parse(text(await call(client, "get_balance", {})));
        expect(balance.balance_cents).toEqual(emulator.account(SECRET).balance_cents);
      } finally {
        await client.close();
      }
      const { port } = new URL(url);
      expect(await statusOf(url, {})).toBe(200);
      expect(await statusOf(url, { host: `attacker.example:${port}` })).toBe(403);
      expect(await statusOf(url, { origin: "http://attacker.example" })).toBe(403);
      expect(await statusOf(url.replace(/\/mcp$/, "/other"), {})).toBe(404);
    } finally {
      child.kill();
      await exited;
    }
  });
});

/** The status of an initialize request POSTed with these headers. */
function statusOf(url: string, headers: Record<string, string>): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const post = httpRequest(
      url,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
          ...headers,
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode);
      },
    );
    post.on("error", reject);
    post.end(
      JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "initialize",
        params: {
          protocolVersion: "2025-06-18",
          capabilities: {},
          clientInfo: { name: "raw", version: "0" },
        },
      }),
    );
  });
}

describe("stdout and the key", () => {
  it("carries only protocol frames on stdout, and the key in no answer and no log line", async () => {
    const child = spawn(process.execPath, [server, "--families", "flux-2"], {
      cwd: repo,
      env: {
        ...process.env,
        RUNAPI_KEY: SECRET,
        RUNAPI_API_KEY: "",
        RUNAPI_BASE_URL: emulator.url,
        RUNAPI_LOG: "debug",
      },
    });
    const frames = [
      {
        jsonrpc: "2.0",
        id: 1,
        method: "initialize",
        params: {
          protocolVersion: "2025-06-18",
          capabilities: {},
          clientInfo: { name: "raw", version: "0" },
        },
      },
      { jsonrpc: "2.0", method: "notifications/initialized" },
      { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "get_balance", arguments: {} } },
      {
        jsonrpc: "2.0",
        id: 3,
        method: "tools/call",
        params: {
          name: "flux_2_text_to_image",
          arguments: { model: "flux-2-pro-text-to-image", prompt: "a fox" },
        },
      },
    ];
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.split("\n").filter(Boolean).length === 3) child.stdin.end();
    });
    child.stdin.write(`${frames.map((frame) => JSON.stringify(frame)).join("\n")}\n`);
    const [, , stderr] = await ended(child, () => stdout);
    const lines = stdout.split("\n").filter(Boolean);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ jsonrpc: "2.0" });
    const answers = lines.map((line) => JSON.parse(line)).sort((a, b) => a.id - b.id);
    expect(answers.map((answer) => answer.id)).toEqual([1, 2, 3]);
    expect(answers[1].result.isError).toBeFalsy();
    expect(answers[2].result.content[0].text).toContain("flux-2-pro-text-to-image");
    // Core's request log (RUNAPI_LOG=debug) goes to stderr.
    expect(stderr).toContain("POST");
    for (const output of [stdout, stderr, ...seen]) expect(output).not.toContain(SECRET);
  });
});

/** A child's exit code, stdout and stderr once it ends. */
function ended(child: ChildProcess, readStdout?: () => string): Promise<[number | null, string, string]> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.on("close", (code) => resolve([code, readStdout?.() ?? stdout, stderr]));
  });
}
