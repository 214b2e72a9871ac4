/**
 * The release rehearsal's step for `@runapi.ai/mcp`: the published server installed with plain npm in an empty
 * folder, started from its bin by the MCP SDK's own client over stdio, as an MCP client starts it, and used
 * against a RunAPI origin (the emulator): its Flux 2 tools listed, a task created and waited for.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { installInEmptyFolder, type Rehearsal, releasedVersion } from "./rehearsal.ts";

const MCP = "@runapi.ai/mcp";
/** The create tools of Flux 2, the family the rehearsal publishes, one per action of its spec. */
const FLUX_2_TOOLS = ["flux_2_image_to_image", "flux_2_remix_image", "flux_2_text_to_image"];
const MODEL = "flux-2-pro-text-to-image";

/**
 * Installs the released `@runapi.ai/mcp` with `npm install` in an empty folder, connects the MCP SDK's client over
 * stdio to `node_modules/.bin/runapi-mcp --families flux-2` with RUNAPI_BASE_URL and RUNAPI_API_KEY, and checks
 * that it lists the Flux 2 tools, creates a Flux 2 task and, through wait_task, answers it completed with an
 * output URL. Throws (an AssertionError) on the first difference.
 */
export async function rehearseMcp(rehearsal: Rehearsal): Promise<void> {
  const { repo, registry, env, emulator, step } = rehearsal;
  const version = releasedVersion(repo, MCP);
  assert.deepEqual(await registry.versions(MCP), [version], `${MCP} versions on the registry`);
  step(
    `installing ${MCP}@${version} with npm in an empty folder; an MCP client completes a Flux 2 task with it`,
  );
  const dir = await installInEmptyFolder(rehearsal, "user-mcp", [`${MCP}@${version}`]);
  const bin = join(dir, "node_modules", ".bin", "runapi-mcp");
  assert.ok(existsSync(bin), `npm linked the runapi-mcp bin at ${bin}`);

  // The SDK's client starts the bin and stops it on close; its stderr is kept for a failure's message.
  const transport = new StdioClientTransport({
    command: bin,
    args: ["--families", "flux-2"],
    cwd: dir,
    env: { ...stringsOf(env), RUNAPI_BASE_URL: emulator.url, RUNAPI_API_KEY: emulator.apiKey },
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: "release-rehearsal", version: "0.0.0" });
  try {
    await client.connect(transport);
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    assert.deepEqual(
      names.filter((name) => name.startsWith("flux_2_")).sort(),
      FLUX_2_TOOLS,
      `the Flux 2 create tools, one per action: ${names.join(", ")}`,
    );
    for (const shared of ["get_task", "wait_task", "estimate_cost", "list_models"]) {
      assert.ok(names.includes(shared), `${shared} is listed: ${names.join(", ")}`);
    }

    const created = await callTool(client, "flux_2_text_to_image", { model: MODEL, prompt: "a lighthouse" });
    const task = JSON.parse(textOf(created)) as { id?: string; model?: string };
    assert.equal(task.model, MODEL, "the create tool answers the task of the model it was given");
    assert.ok(task.id, `the create tool answers a task id: ${textOf(created)}`);

    const done = await callTool(client, "wait_task", {
      family: "flux-2",
      model: MODEL,
      task_id: task.id,
      timeout_seconds: 30,
    });
    assert.equal((JSON.parse(textOf(done)) as { status?: string }).status, "completed", textOf(done));
    const links = done.content.flatMap((block) => (block.type === "resource_link" ? [block.uri] : []));
    assert.ok(
      links.some((uri) => /^https?:\/\//.test(uri)),
      `wait_task answers an output URL: ${JSON.stringify(done.content)}`,
    );
  } catch (error) {
    throw new Error(`${MCP}@${version} from ${bin}: ${(error as Error).message}\nits stderr:\n${stderr}`, {
      cause: error,
    });
  } finally {
    await client.close();
  }
}

/** A tool's result, refused when it is a tool error. */
async function callTool(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<CallToolResult> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  assert.ok(!result.isError, `${name} answered a tool error: ${textOf(result)}`);
  return result;
}

/** The first text block of a result. */
function textOf(result: CallToolResult): string {
  const block = result.content.find((content) => content.type === "text");
  return block?.type === "text" ? block.text : "";
}

/** The environment's set variables, as the SDK's transport takes them. */
function stringsOf(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
