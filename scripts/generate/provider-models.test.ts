import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { addFlux2Lite } from "../shared/flux-2-lite.ts";
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

describe("the AI SDK provider's model ids", () => {
  it("follow specs/: a variant added to a spec is a typed image model id, routed to its action, with no hand edit", async () => {
    const dir = copyOfRepo();
    cpSync(
      join(repo, "packages", PROVIDER_PACKAGE, "package.json"),
      join(dir, "packages", PROVIDER_PACKAGE, "package.json"),
    );
    addFlux2Lite(dir);
    const { changed } = await generatePackages(dir);
    // Only the model ids are generated: the provider reaches each family's package through @runapi.ai/families.
    expect(changed.filter((file) => file.startsWith(`packages/${PROVIDER_PACKAGE}/`))).toEqual([MODELS]);

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
    expect(models).not.toMatch(/import\(/);
    // Generated again, nothing changes: the drift check holds the provider's files too.
    expect((await generatePackages(dir, { check: true })).changed).toEqual([]);
  });
});
