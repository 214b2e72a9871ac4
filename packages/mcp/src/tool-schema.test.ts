import type { Variant } from "@runapi.ai/core";
import { describe, expect, it } from "vitest";
import { actionSchema, jsonSchemaOf } from "./tool-schema.js";

const variant = (model: string, properties: Variant["input"]["properties"], required: string[]): Variant => ({
  model,
  action: "text_to_image",
  method: "POST",
  path: "/api/v1/acme/text_to_image",
  status: "active",
  task: "async",
  price: { unit: "call", cents: 1 },
  input: {
    type: "object",
    additionalProperties: false,
    required: ["model", ...required],
    properties: { model: { type: "string", const: model }, ...properties },
  },
});

const help = {
  text_to_image: {
    "acme-a": { title: "Acme A", price: "1¢", fields: { prompt: "What to draw." } },
    "acme-b": { title: "Acme B", price: "2¢", fields: { seed: "A seed." } },
  },
};

describe("actionSchema", () => {
  const schema = actionSchema(
    [
      variant(
        "acme-a",
        { prompt: { type: "string", maxLength: 10 }, size: { type: "string", enum: ["s"] } },
        ["prompt"],
      ),
      variant(
        "acme-b",
        {
          prompt: { type: "string", maxLength: 10 },
          size: { type: "string", enum: ["s", "l"] },
          seed: { type: "integer", minimum: 0 },
        },
        ["prompt", "seed"],
      ),
    ],
    help,
  ) as any;

  it("offers the action's models as an enum described by title and price", () => {
    expect(schema.properties.model.enum).toEqual(["acme-a", "acme-b"]);
    expect(schema.properties.model.description).toBe("The model: acme-a (Acme A; 1¢); acme-b (Acme B; 2¢).");
  });

  it("requires what every variant requires, and names the models of a field not all take", () => {
    expect(schema.required).toEqual(["model", "prompt"]);
    expect(schema.properties.seed).toEqual({
      description: "A seed. Only for acme-b.",
      type: "integer",
      minimum: 0,
    });
    expect(schema.properties.prompt).toEqual({ description: "What to draw.", type: "string", maxLength: 10 });
  });

  it("offers each schema of a field the variants define differently", () => {
    expect(schema.properties.size.anyOf).toEqual([
      { type: "string", enum: ["s"] },
      { type: "string", enum: ["s", "l"] },
    ]);
  });
});

describe("jsonSchemaOf", () => {
  it("leaves out core's own keywords, at every depth", () => {
    expect(
      jsonSchemaOf({
        type: "object",
        rules: [{ required: ["a"] }],
        properties: { urls: { type: "array", file: true, items: { type: "string", file: true } } },
      }),
    ).toEqual({ type: "object", properties: { urls: { type: "array", items: { type: "string" } } } });
  });
});
