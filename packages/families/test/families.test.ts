/**
 * The list as a tool reads it, against the built family packages: every family loads, and its help speaks of
 * exactly its variants and their fields.
 */
import { expect, it } from "vitest";
import { families, variantHelp } from "../src/index.js";

it("lists every family with a package that loads and help for each of its variants and only their fields", async () => {
  const slugs = Object.keys(families);
  expect(slugs.length).toBeGreaterThan(30);
  for (const slug of slugs) {
    const entry = families[slug]!;
    expect(entry.title, slug).toMatch(/\S/);
    expect(entry.provider, slug).toMatch(/\S/);
    expect(["image", "video", "audio", "text"], slug).toContain(entry.modality);
    const [{ catalog, RunAPI }, { help }] = await Promise.all([entry.load(), entry.help()]);
    expect(catalog.family, slug).toBe(slug);
    expect(typeof RunAPI, slug).toBe("function");
    // By action, then by model: one model serving several actions has each action's own help.
    const keys = catalog.variants.map((variant) => `${variant.action} ${variant.model ?? variant.action}`);
    const helped = Object.entries(help).flatMap(([action, byModel]) =>
      Object.keys(byModel).map((key) => `${action} ${key}`),
    );
    expect(helped.sort(), slug).toEqual([...new Set(keys)].sort());
    for (const variant of catalog.variants) {
      const about = variantHelp(help, variant);
      expect(about, `${slug} ${variant.action} ${variant.model}`).toBeDefined();
      const { title, price, fields } = about!;
      expect(title, `${slug} ${variant.model}`).toMatch(/\S/);
      expect(price, `${slug} ${variant.model}`).toMatch(/\S/);
      const properties = Object.keys(variant.input.properties ?? {});
      // Every field the help describes is one of the variant's own.
      for (const field of Object.keys(fields)) expect(properties, `${slug} ${variant.model}`).toContain(field);
    }
  }
});
