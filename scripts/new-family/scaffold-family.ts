import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pascal } from "../../packages/spec/src/index.ts";

/** Why a slug cannot name a new family, or undefined when it can. */
export function slugProblem(root: string, slug: string): string | undefined {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    return (
      `"${slug}" is not a valid family slug: use lowercase letters, digits and single hyphens, starting and ` +
      'ending with a letter or digit (it becomes the npm package "@runapi.ai/<slug>" and the API path ' +
      '"/api/v1/<slug with - as _>/"), e.g. "acme-vision".'
    );
  }
  if (`@runapi.ai/${slug}`.length > 214)
    return `"${slug}" is too long for an npm package name (214 characters with the scope).`;
  if (["core", "emulator", "examples", "bench"].includes(slug)) {
    return `"${slug}" is the name of a package of this repository; pick the family's own slug.`;
  }
  const spec = join("specs", `${slug}.yaml`);
  if (existsSync(join(root, spec))) {
    return `${spec} already exists: edit it to add variants, or pick another slug.`;
  }
  if (existsSync(join(root, "packages", slug))) {
    return `packages/${slug} already exists: pick another slug, or remove that folder if it is left over.`;
  }
  return undefined;
}

const titleOf = (slug: string) =>
  slug
    .split("-")
    .map((word) => (word[0] ?? "").toUpperCase() + word.slice(1))
    .join(" ");

/** The starting spec of a family: one action with one example variant, each line saying what to change. */
export function scaffoldSpec(slug: string): string {
  const title = titleOf(slug);
  const service = slug.replaceAll("-", "_");
  const model = `${slug}-example`;
  const schema = `${pascal(slug)}Example`;
  return `# ${title}: one OpenAPI 3.1 document for the whole family. \`pnpm generate\` turns it into
# packages/${slug} (@runapi.ai/${slug}); CONTRIBUTING.md has the recipes (add a variant, change a price, ...).
openapi: 3.1.0
info:
  title: ${title}
  version: 1.0.0
  # One or two sentences for the package README.
  description: >-
    ${title} models on RunAPI. Tasks are asynchronous; failed generations are not charged.
  x-runapi:
    family: ${slug}
    package: "@runapi.ai/${slug}"
    provider: ${title} # the company behind the models
    modality: image # image | video | audio | text: what the tasks produce
servers:
  - url: https://runapi.ai
security:
  - bearerAuth: []
tags:
  - name: text_to_image
paths:
  # One POST per action: /api/v1/<family with - as _>/<action>. Rename text_to_image to the real action.
  /api/v1/${service}/text_to_image:
    post:
      operationId: createTextToImage
      tags: [text_to_image]
      summary: Generate an image from a prompt.
      requestBody:
        required: true
        content:
          application/json:
            schema:
              # One $ref per variant, and the same model id → schema in the mapping.
              oneOf:
                - $ref: "#/components/schemas/${schema}"
              discriminator:
                propertyName: model
                mapping:
                  ${model}: "#/components/schemas/${schema}"
            examples:
              # One valid request per variant, keyed by its model id: the generated tests send it.
              ${model}:
                value:
                  model: ${model}
                  prompt: A lighthouse on a cliff at dawn
      responses:
        "200": { $ref: "./_shared/common.yaml#/components/responses/TaskCreated" }
        "400": { $ref: "./_shared/common.yaml#/components/responses/Error" }
        "401": { $ref: "./_shared/common.yaml#/components/responses/Error" }
        "402": { $ref: "./_shared/common.yaml#/components/responses/Error" }
        "422": { $ref: "./_shared/common.yaml#/components/responses/Error" }
        "429": { $ref: "./_shared/common.yaml#/components/responses/Error" }
  # Asynchronous actions are read back at <path>/{id}.
  /api/v1/${service}/text_to_image/{id}:
    get:
      operationId: getTextToImage
      tags: [text_to_image]
      summary: Read a text-to-image task.
      parameters:
        - $ref: "./_shared/common.yaml#/components/parameters/TaskId"
      responses:
        "200": { $ref: "./_shared/common.yaml#/components/responses/ImagesTask" }
        "401": { $ref: "./_shared/common.yaml#/components/responses/Error" }
        "404": { $ref: "./_shared/common.yaml#/components/responses/Error" }
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
  schemas:
    # The example variant: rename it, set its model id (the const below, the mapping and the example),
    # then describe every request field. Plain JSON Schema: type, enum, default, minimum/maximum,
    # minLength/maxLength, minItems/maxItems, pattern, nested objects, and rules as allOf if/then.
    ${schema}:
      type: object
      title: ${title} Example · text to image
      description: What this variant is good at, in one sentence.
      additionalProperties: false
      required: [model, prompt]
      properties:
        model: { type: string, const: ${model} }
        prompt:
          type: string
          description: What to draw.
          minLength: 3
          maxLength: 5000
        callback_url:
          type: string
          description: An HTTP(S) URL that receives the task JSON when the task ends.
          pattern: "^https?://"
      x-runapi-variant:
        status: active # active | maintenance | deprecated
        task: async # async | sync | hybrid
        price: { unit: call, cents: 5 } # US cents per call; see CONTRIBUTING.md for the other price forms
`;
}

/** Writes specs/<slug>.yaml; throws with the reason (and writes nothing) when the slug cannot be used. */
export function scaffoldFamily(root: string, slug: string): string {
  const problem = slugProblem(root, slug);
  if (problem) throw new Error(problem);
  const file = join("specs", `${slug}.yaml`);
  writeFileSync(join(root, file), scaffoldSpec(slug), { flag: "wx" });
  return file;
}
