import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { repositoryCopies } from "../shared/repository-copies.ts";
import { generatePackages } from "./generate-packages.ts";
import { PROVIDER_PACKAGE } from "./render-provider-models.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const copyOfRepo = repositoryCopies();
const MODELS = `packages/${PROVIDER_PACKAGE}/src/generated/models.ts`;

/** The string literals of a type alias in a generated module, read by the compiler's parser. */
function unionMembers(source: string, name: string): string[] {
  const file = ts.createSourceFile("models.ts", source, ts.ScriptTarget.ES2022);
  const alias = file.statements.find(
    (statement): statement is ts.TypeAliasDeclaration =>
      ts.isTypeAliasDeclaration(statement) && statement.name.text === name,
  );
  const members = alias && ts.isUnionTypeNode(alias.type) ? alias.type.types : [];
  return members.flatMap((member) =>
    ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal) ? [member.literal.text] : [],
  );
}

/** Adds an image variant, `flux-2-lite-text-to-image`, to the copy's Flux 2 spec, copying the Pro one. */
function addImageVariant(dir: string) {
  const path = join(dir, "specs/flux-2.yaml");
  const doc = parseDocument(readFileSync(path, "utf8"));
  const action = [
    "paths",
    "/api/v1/flux_2/text_to_image",
    "post",
    "requestBody",
    "content",
    "application/json",
  ];
  const pro = (doc.getIn(["components", "schemas", "Flux2ProTextToImage"]) as YAMLMap).toJSON();
  (doc.getIn(["components", "schemas"]) as YAMLMap).set(
    "Flux2LiteTextToImage",
    doc.createNode({
      ...pro,
      title: "Flux 2 Lite · text to image",
      properties: { ...pro.properties, model: { type: "string", const: "flux-2-lite-text-to-image" } },
      "x-runapi-variant": { status: "active", task: "async", price: { unit: "call", cents: 3 } },
    }),
  );
  (doc.getIn([...action, "schema", "oneOf"]) as YAMLSeq).add(
    doc.createNode({ $ref: "#/components/schemas/Flux2LiteTextToImage" }),
  );
  (doc.getIn([...action, "schema", "discriminator", "mapping"]) as YAMLMap).set(
    "flux-2-lite-text-to-image",
    "#/components/schemas/Flux2LiteTextToImage",
  );
  (doc.getIn([...action, "examples"]) as YAMLMap).set(
    "flux-2-lite-text-to-image",
    doc.createNode({ value: { model: "flux-2-lite-text-to-image", prompt: "A quick sketch of a harbour" } }),
  );
  writeFileSync(path, doc.toString());
}

describe("the AI SDK provider's model ids", () => {
  it("follow specs/: a variant added to a spec is a typed image model id, routed to its action, with no hand edit", async () => {
    const dir = copyOfRepo();
    cpSync(
      join(repo, "packages", PROVIDER_PACKAGE, "package.json"),
      join(dir, "packages", PROVIDER_PACKAGE, "package.json"),
    );
    addImageVariant(dir);
    const { changed } = await generatePackages(dir);
    expect(changed).toEqual(expect.arrayContaining([MODELS, `packages/${PROVIDER_PACKAGE}/package.json`]));

    const models = readFileSync(join(dir, MODELS), "utf8");
    const ids = unionMembers(models, "RunAPIImageModelId");
    // The copy holds Flux 2's spec alone: its image variants and the new one, and no speech model.
    expect(ids).toContain("flux-2-lite-text-to-image");
    expect(ids).toContain("flux-2-pro-image-to-image");
    expect(unionMembers(models, "RunAPISpeechModelId")).toEqual([]);
    expect(models).toMatch(/\| \(string & \{\}\);/);
    expect(models).toContain(
      '"flux-2-lite-text-to-image": [{"family":"flux-2","action":"text_to_image","model":"flux-2-lite-text-to-image"}]',
    );
    const manifest = JSON.parse(
      readFileSync(join(dir, "packages", PROVIDER_PACKAGE, "package.json"), "utf8"),
    );
    expect(Object.keys(manifest.dependencies).filter((name) => name.startsWith("@runapi.ai/"))).toEqual([
      "@runapi.ai/core",
      "@runapi.ai/flux-2",
    ]);
    // Generated again, nothing changes: the drift check holds the provider's files too.
    expect((await generatePackages(dir, { check: true })).changed).toEqual([]);
  });
});
