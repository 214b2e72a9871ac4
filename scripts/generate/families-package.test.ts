import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { YAMLSeq } from "yaml";
import { runCli } from "../../packages/cli/test/support/run-cli.ts";
import { addFlux2Lite } from "../shared/flux-2-lite.ts";
import { repositoryCopies } from "../shared/repository-copies.ts";
import { generatePackages } from "./generate-packages.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const copyOfRepo = repositoryCopies({ keep: "file" });
/**
 * A copy of the repository with the families package and the tools that read it (their sources and their
 * installed libraries).
 */
function copyWithTools(): string {
  const dir = copyOfRepo();
  for (const tool of ["families", "cli", "mcp"]) {
    cpSync(join(repo, "packages", tool), join(dir, "packages", tool), {
      recursive: true,
      filter: (src) => !/[/\\](node_modules|dist|\.turbo)([/\\]|$)/.test(src),
    });
    symlinkSync(join(repo, "packages", tool, "node_modules"), join(dir, "packages", tool, "node_modules"));
  }
  return dir;
}

/**
 * Adds a `flux-2-lite-text-to-image` variant to the copy's Flux 2 spec, as CONTRIBUTING.md's recipe does, with a
 * field of its own (`draft_steps`), and a value (`21:9`) to the aspect ratio its text-to-image siblings share.
 */
function addLiteVariant(dir: string) {
  addFlux2Lite(dir, {
    description: "The quickest Flux 2 drafts from a prompt.",
    properties: {
      draft_steps: {
        type: "integer",
        minimum: 1,
        maximum: 8,
        description: "How many refinement steps the draft takes.",
      },
    },
    edit: (doc) => (doc.getIn(["components", "schemas", "AspectRatio", "enum"]) as YAMLSeq).add("21:9"),
  });
}

/** One copy with the families package, both tools and the edited spec, generated once: each test reads it. */
let dir: string;
let changed: string[];
beforeAll(async () => {
  dir = copyWithTools();
  addLiteVariant(dir);
  ({ changed } = await generatePackages(dir));
});

describe("the families package", () => {
  it("follows specs/: its list, its dependencies and its help are the copy's one family, and the tools hold nothing generated", () => {
    // The copy holds Flux 2's spec alone: the list, the dependencies and the help follow it.
    expect(changed).toEqual(
      expect.arrayContaining([
        "packages/families/package.json",
        "packages/families/src/generated/families.ts",
        "packages/families/src/generated/help/flux-2.ts",
      ]),
    );
    const families = readFileSync(join(dir, "packages/families/src/generated/families.ts"), "utf8");
    expect([...families.matchAll(/import\("(@runapi\.ai\/[\w-]+)"\)/g)].map((match) => match[1])).toEqual([
      "@runapi.ai/flux-2",
    ]);
    // The other families' packages are gone from its dependencies.
    const manifest = JSON.parse(readFileSync(join(dir, "packages/families/package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies)).toEqual(["@runapi.ai/core", "@runapi.ai/flux-2"]);
    expect(readdirSync(join(dir, "packages/families/src/generated/help"))).toEqual(["flux-2.ts"]);
    // The command line and the MCP server read every family through it: generation writes nothing of theirs.
    expect(changed.filter((file) => /^packages\/(cli|mcp)\//.test(file))).toEqual([]);
    for (const tool of ["cli", "mcp"]) {
      expect(existsSync(join(dir, "packages", tool, "src/generated")), tool).toBe(false);
      const { dependencies } = JSON.parse(readFileSync(join(dir, "packages", tool, "package.json"), "utf8"));
      expect(
        Object.keys(dependencies).filter((name) => name.startsWith("@runapi.ai/")),
        tool,
      ).not.toContain("@runapi.ai/flux-2");
    }
  });
});

describe("the command line's family list", () => {
  it("follows specs/: a variant added to a spec is listed by runapi models with no hand edit", async () => {
    const models = await runCli(["models", "flux-2"], {}, { root: dir });
    expect(models.code, models.stderr).toBe(0);
    expect(models.stdout).toMatch(/^flux-2 +flux-2-lite-text-to-image +text_to_image +3¢ +active$/m);
    const help = await runCli(
      ["flux-2", "text-to-image", "--model", "flux-2-lite-text-to-image", "--help"],
      {},
      { root: dir },
    );
    expect(help.stdout).toMatch(/--prompt <value> +\(required\) What to draw/);

    // Generated again, nothing changes: the drift check holds the families package's files too.
    expect((await generatePackages(dir, { check: true })).changed).toEqual([]);
  });
});

describe("the MCP server's tools", () => {
  /**
   * The server as runapi-mcp builds it (loadFamilies, createServer), in this process, from the copy's sources
   * and what generation wrote in its families package; a client of the MCP SDK talks to it in memory. The
   * family's package is the copy's generated one (its sources), as the command line's test maps it.
   */
  async function serveCopy(): Promise<Client> {
    const mcp = join(dir, "packages/mcp/src");
    const { families } = await import(join(dir, "packages/families/src/generated/families.ts"));
    const { loadFamilies } = await import(join(mcp, "loaded-family.ts"));
    const { createServer } = await import(join(mcp, "create-server.ts"));
    const entry = { ...families["flux-2"], load: () => import(join(dir, "packages/flux-2/src/index.ts")) };
    const server = createServer(await loadFamilies([["flux-2", entry]]));
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    const client = new Client({ name: "test", version: "0.0.0" });
    await client.connect(clientSide);
    return client;
  }

  const text = (result: CallToolResult) => (result.content[0] as { text: string }).text;

  it("follow specs/: a variant, a field and an enum value added to a spec reach the create tool and list_models with no hand edit", async () => {
    const client = await serveCopy();
    try {
      const { tools } = await client.listTools();
      const create = tools.find((tool) => tool.name === "flux_2_text_to_image")?.inputSchema as any;
      expect(create.properties.model.enum).toEqual([
        "flux-2-pro-text-to-image",
        "flux-2-flex-text-to-image",
        "flux-2-max-text-to-image",
        "flux-2-lite-text-to-image",
      ]);
      expect(create.properties.model.description).toContain(
        "flux-2-lite-text-to-image (Flux 2 Lite · text to image; 3¢)",
      );
      expect(create.properties.draft_steps).toEqual({
        type: "integer",
        minimum: 1,
        maximum: 8,
        description: "How many refinement steps the draft takes. Only for flux-2-lite-text-to-image.",
      });
      const ratios = [create.properties.aspect_ratio, ...(create.properties.aspect_ratio.anyOf ?? [])];
      expect(ratios.some((schema) => schema.enum?.includes("21:9"))).toBe(true);
      const cost = tools.find((tool) => tool.name === "estimate_cost")?.inputSchema as any;
      expect(cost.properties.tool.enum).toContain("flux_2_text_to_image");

      const [family] = JSON.parse(
        text((await client.callTool({ name: "list_models", arguments: {} })) as CallToolResult),
      );
      expect(family.models).toContainEqual({
        model: "flux-2-lite-text-to-image",
        title: "Flux 2 Lite · text to image",
        tool: "flux_2_text_to_image",
        status: "active",
        answers: "task",
        price: "3¢",
      });
      // The call is checked against the new variant's own schema, with nothing sent (no server runs here).
      const refused = (await client.callTool({
        name: "flux_2_text_to_image",
        arguments: { model: "flux-2-lite-text-to-image", prompt: "a harbour", draft_steps: 9 },
      })) as CallToolResult;
      expect(refused.isError).toBe(true);
      expect(text(refused)).toMatch(/- draft_steps: .*8/);
    } finally {
      await client.close();
    }
  });
});

describe("the families package's generated files", () => {
  it("are written only where the families package exists", async () => {
    const bare = copyOfRepo();
    await generatePackages(bare);
    expect(existsSync(join(bare, "packages/families"))).toBe(false);
  });
});
