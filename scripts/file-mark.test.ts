import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SpecError } from "../packages/spec/src/index.ts";
import { copyOfRepository } from "./lib/copy-of-repository.ts";
import { generatePackages } from "./lib/generate-packages.ts";

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Problems of the flux-2 spec after `edit`, in a throwaway copy of the repository. */
async function problemsAfter(edit: (spec: string) => string) {
  const dir = copyOfRepository();
  copies.push(dir);
  const path = join(dir, "specs/flux-2.yaml");
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  const error = await generatePackages(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SpecError);
  return (error as SpecError).problems.map(({ pointer, message, fix }) => ({ pointer, message, fix }));
}

describe("x-runapi-file", () => {
  it("marks source_image_urls as a file field of the variants that take source images, and nothing else", async () => {
    const { catalog } = await import("../packages/flux-2/src/generated/variants.ts");
    const marked = catalog.variants.flatMap((variant) =>
      Object.entries(variant.input.properties ?? {})
        .filter(([, schema]) => schema.file)
        .map(([field]) => `${variant.model}.${field}`),
    );
    // The hand-written image-to-image variants, and the remix variants the catalog adds.
    expect(marked).toEqual([
      "flux-2-pro-image-to-image.source_image_urls",
      "flux-2-flex-image-to-image.source_image_urls",
      "flux-2-flex-remix-image.source_image_urls",
      "flux-2-max-remix-image.source_image_urls",
      "flux-2-pro-remix-image.source_image_urls",
    ]);
  });

  it("is refused on a field that does not take text, and when it is not true", async () => {
    const problems = await problemsAfter((spec) =>
      spec
        .replace("    EnableSafetyChecker:\n      type: boolean\n", "$&      x-runapi-file: true\n")
        .replace(
          "      x-runapi-file: true\n    Flux2ProTextToImage:",
          "      x-runapi-file: yes\n    Flux2ProTextToImage:",
        ),
    );
    expect(problems).toContainEqual({
      pointer: "/components/schemas/Flux2ProTextToImage/properties/enable_safety_checker/x-runapi-file",
      message: "x-runapi-file must be true, on a string or array-of-strings field that takes file URLs",
      fix: "write x-runapi-file: true on such a field's schema, or remove it",
    });
    expect(problems).toContainEqual({
      pointer: "/components/schemas/Flux2ProImageToImage/properties/source_image_urls/x-runapi-file",
      message: "x-runapi-file must be true, on a string or array-of-strings field that takes file URLs",
      fix: "write x-runapi-file: true on such a field's schema, or remove it",
    });
  });

  it("is refused on callback_url and on an array's items", async () => {
    const problems = await problemsAfter((spec) =>
      spec
        .replace(
          '      pattern: "^https?://"\n    SourceImageUrls:',
          '      pattern: "^https?://"\n      x-runapi-file: true\n    SourceImageUrls:',
        )
        .replace(
          '        pattern: "^https?://"\n      x-runapi-file: true\n',
          '        pattern: "^https?://"\n        x-runapi-file: true\n',
        ),
    );
    expect(problems).toContainEqual({
      pointer: "/components/schemas/Flux2ProTextToImage/properties/callback_url/x-runapi-file",
      message: "callback_url is where the task is delivered, not a file to upload",
      fix: "remove x-runapi-file from callback_url's schema",
    });
    expect(problems).toContainEqual({
      pointer: "/components/schemas/Flux2ProImageToImage/properties/source_image_urls/items/x-runapi-file",
      message: "x-runapi-file belongs on the array field itself, not on its items",
      fix: "move x-runapi-file: true up to the array's schema",
    });
  });
});
