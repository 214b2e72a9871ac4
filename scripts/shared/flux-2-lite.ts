/**
 * The variant the tools' tests add to a copy's Flux 2 spec to prove that a spec edit reaches every output with no
 * hand edit: Flux 2 Lite, a text-to-image model copied from Pro at 3¢ a call, wired into the action as
 * CONTRIBUTING.md's recipe wires one (its schema, the action's oneOf, the discriminator's mapping, an example).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Document, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";

/** The Flux 2 text-to-image request body's path in the spec. */
export const FLUX_2_TEXT_TO_IMAGE = [
  "paths",
  "/api/v1/flux_2/text_to_image",
  "post",
  "requestBody",
  "content",
  "application/json",
] as const;
export const FLUX_2_LITE = "flux-2-lite-text-to-image";

export interface Flux2LiteOptions {
  /** A description of the model. */
  description?: string;
  /** Fields of its own, beside Pro's. */
  properties?: Record<string, unknown>;
  /** Any further change to the spec, made before it is written. */
  edit?: (doc: Document) => void;
}

/** Adds Flux 2 Lite to `specs/flux-2.yaml` in the copy at `dir`. */
export function addFlux2Lite(dir: string, options: Flux2LiteOptions = {}): void {
  const path = join(dir, "specs/flux-2.yaml");
  const doc = parseDocument(readFileSync(path, "utf8"));
  const pro = (doc.getIn(["components", "schemas", "Flux2ProTextToImage"]) as YAMLMap).toJSON();
  (doc.getIn(["components", "schemas"]) as YAMLMap).set(
    "Flux2LiteTextToImage",
    doc.createNode({
      ...pro,
      title: "Flux 2 Lite · text to image",
      ...(options.description ? { description: options.description } : {}),
      properties: {
        ...pro.properties,
        model: { type: "string", const: FLUX_2_LITE },
        ...options.properties,
      },
      "x-runapi-variant": { status: "active", task: "async", price: { unit: "call", cents: 3 } },
    }),
  );
  (doc.getIn([...FLUX_2_TEXT_TO_IMAGE, "schema", "oneOf"]) as YAMLSeq).add(
    doc.createNode({ $ref: "#/components/schemas/Flux2LiteTextToImage" }),
  );
  (doc.getIn([...FLUX_2_TEXT_TO_IMAGE, "schema", "discriminator", "mapping"]) as YAMLMap).set(
    FLUX_2_LITE,
    "#/components/schemas/Flux2LiteTextToImage",
  );
  (doc.getIn([...FLUX_2_TEXT_TO_IMAGE, "examples"]) as YAMLMap).set(
    FLUX_2_LITE,
    doc.createNode({ value: { model: FLUX_2_LITE, prompt: "A quick sketch of a harbour" } }),
  );
  options.edit?.(doc);
  writeFileSync(path, doc.toString());
}
