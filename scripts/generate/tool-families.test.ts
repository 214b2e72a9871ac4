import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { runCli } from "../../packages/cli/test/support/run-cli.ts";
import { repositoryCopies } from "../shared/repository-copies.ts";
import { generatePackages } from "./generate-packages.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const copyOfRepo = repositoryCopies();
const ACTION = [
  "paths",
  "/api/v1/flux_2/text_to_image",
  "post",
  "requestBody",
  "content",
  "application/json",
];

/** A copy of the repository with the command line's package (its sources and its installed libraries). */
function copyWithCli(): string {
  const dir = copyOfRepo();
  cpSync(join(repo, "packages/cli"), join(dir, "packages/cli"), {
    recursive: true,
    filter: (src) => !/[/\\](node_modules|dist|\.turbo)([/\\]|$)/.test(src),
  });
  symlinkSync(join(repo, "packages/cli/node_modules"), join(dir, "packages/cli/node_modules"));
  return dir;
}

/** Adds a `flux-2-lite-text-to-image` variant to the copy's Flux 2 spec, as CONTRIBUTING.md's recipe does. */
function addLiteVariant(dir: string) {
  const path = join(dir, "specs/flux-2.yaml");
  const doc = parseDocument(readFileSync(path, "utf8"));
  const pro = (doc.getIn(["components", "schemas", "Flux2ProTextToImage"]) as YAMLMap).toJSON();
  (doc.getIn(["components", "schemas"]) as YAMLMap).set(
    "Flux2LiteTextToImage",
    doc.createNode({
      ...pro,
      title: "Flux 2 Lite · text to image",
      description: "The quickest Flux 2 drafts from a prompt.",
      properties: { ...pro.properties, model: { type: "string", const: "flux-2-lite-text-to-image" } },
      "x-runapi-variant": { status: "active", task: "async", price: { unit: "call", cents: 3 } },
    }),
  );
  (doc.getIn([...ACTION, "schema", "oneOf"]) as YAMLSeq).add(
    doc.createNode({ $ref: "#/components/schemas/Flux2LiteTextToImage" }),
  );
  (doc.getIn([...ACTION, "schema", "discriminator", "mapping"]) as YAMLMap).set(
    "flux-2-lite-text-to-image",
    "#/components/schemas/Flux2LiteTextToImage",
  );
  (doc.getIn([...ACTION, "examples"]) as YAMLMap).set(
    "flux-2-lite-text-to-image",
    doc.createNode({ value: { model: "flux-2-lite-text-to-image", prompt: "A quick sketch of a harbour" } }),
  );
  writeFileSync(path, doc.toString());
}

describe("the command line's family list", () => {
  it("follows specs/: a variant added to a spec is listed by runapi models with no hand edit", async () => {
    const dir = copyWithCli();
    addLiteVariant(dir);
    const { changed } = await generatePackages(dir);
    // The copy holds Flux 2's spec alone: the list, the dependencies and the help follow it.
    expect(changed).toEqual(
      expect.arrayContaining(["packages/cli/package.json", "packages/cli/src/generated/families.ts"]),
    );
    const families = readFileSync(join(dir, "packages/cli/src/generated/families.ts"), "utf8");
    expect([...families.matchAll(/import\("(@runapi\.ai\/[\w-]+)"\)/g)].map((match) => match[1])).toEqual([
      "@runapi.ai/flux-2",
    ]);
    // The other families' packages are gone; the emulator, a hand-written package of the workspace, stays.
    const manifest = JSON.parse(readFileSync(join(dir, "packages/cli/package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies)).toEqual([
      "@runapi.ai/core",
      "@runapi.ai/emulator",
      "@runapi.ai/flux-2",
      "commander",
    ]);
    expect(readdirSync(join(dir, "packages/cli/src/generated/help"))).toEqual(["flux-2.ts"]);

    const models = await runCli(["models", "flux-2"], {}, { root: dir });
    expect(models.code, models.stderr).toBe(0);
    expect(models.stdout).toMatch(/^flux-2 +flux-2-lite-text-to-image +text_to_image +3¢ +active$/m);
    const help = await runCli(
      ["flux-2", "text-to-image", "--model", "flux-2-lite-text-to-image", "--help"],
      {},
      { root: dir },
    );
    expect(help.stdout).toMatch(/--prompt <value> +\(required\) What to draw/);

    // Generated again, nothing changes: the drift check holds the command line's files too.
    expect((await generatePackages(dir, { check: true })).changed).toEqual([]);
  });

  it("is written only where the command line's package exists", async () => {
    const dir = copyOfRepo();
    await generatePackages(dir);
    expect(existsSync(join(dir, "packages/cli"))).toBe(false);
  });
});
