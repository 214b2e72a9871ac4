import type { FamilyModel, LoadedSpec } from "../../packages/spec/src/index.ts";
import { codeHeader, json, FOLDER_NOTICE as NOTICE } from "../shared/header.ts";
import { priceSummary } from "../shared/price-text.ts";

/**
 * The package that reaches every family from one generated list (`@runapi.ai/families`), which the command line,
 * the MCP server and the AI SDK provider read. It gets `src/generated/families.ts`,
 * `src/generated/help/<family>.ts` and the family packages as its dependencies, when the package exists.
 */
export const FAMILIES_PACKAGE = "families";

/**
 * `src/generated/families.ts`: each family's slug with its title, provider and modality, its package and its help
 * each loaded by `import()` on first use, so a command loads the one family it names. Its types are the
 * package's own `src/family-entry.ts`.
 */
export function renderFamilyList(families: readonly FamilyModel[]): string {
  const entries = families.map(
    (family) =>
      `  ${JSON.stringify(family.family)}: {\n` +
      `    title: ${JSON.stringify(family.title)},\n` +
      `    provider: ${JSON.stringify(family.provider)},\n` +
      `    modality: ${JSON.stringify(family.modality)},\n` +
      `    load: () => import(${JSON.stringify(family.packageName)}),\n` +
      `    help: () => import("./help/${family.family}.js"),\n` +
      "  },\n",
  );
  return (
    `// ${NOTICE}\n` +
    'import type { FamilyEntry } from "../family-entry.js";\n\n' +
    "/** Every model family by its slug; its package and its help are loaded on first use. */\n" +
    `export const families: Readonly<Record<string, FamilyEntry>> = {\n${entries.join("")}};\n`
  );
}

/**
 * `src/generated/help/<family>.ts`: per variant (by action, then by model id, or the action again for one
 * without a model: one model may serve several actions, each with its own price and fields), its title, its price
 * in words (as the family's README words it) and each field's description from the spec.
 */
export function renderFamilyHelp(family: FamilyModel, spec: LoadedSpec): string {
  const schemas = ((spec.document.components as Record<string, unknown> | undefined)?.schemas ??
    {}) as Record<string, unknown>;
  const variants: Record<
    string,
    Record<string, { title: string; price: string; fields: Record<string, string> }>
  > = {};
  for (const action of family.actions) {
    const byModel: (typeof variants)[string] = {};
    variants[action.name] = byModel;
    for (const variant of action.variants) {
      const schema = spec.deref(schemas[variant.schemaName]) as { properties?: Record<string, unknown> };
      const fields: Record<string, string> = {};
      for (const [name, property] of Object.entries(schema?.properties ?? {})) {
        const { title, description } = (spec.deref(property) ?? {}) as {
          title?: unknown;
          description?: unknown;
        };
        const text = [title, description]
          .filter((part) => typeof part === "string" && part.trim())
          .join(": ");
        if (text && name !== "model") fields[name] = text.replace(/\s+/g, " ").trim();
      }
      byModel[variant.takesModel ? variant.model : action.name] = {
        title: variant.title,
        price: priceSummary(variant.price, variant.input),
        fields,
      };
    }
  }
  return (
    codeHeader(family) +
    'import type { FamilyHelp } from "../../family-entry.js";\n\n' +
    `/** ${family.title}: each variant's title, price and field descriptions, by action and model id. */\n` +
    `export const help: FamilyHelp = ${JSON.stringify(variants, null, 2)};\n`
  );
}

/** The notice of the families package's package.json, of which generation writes the dependencies only. */
export const MANIFEST_NOTICE =
  "Its dependencies on core and the family packages are written from specs/ by `pnpm generate`: do not edit them; the rest is hand-written.";

/**
 * The families package's package.json with its `@runapi.ai/*` dependencies exactly core and every family package,
 * kept in step with specs/ (any other is a family whose spec is gone: dropped); its other dependencies and every
 * other key stay as they are.
 */
export function renderFamiliesManifest(existing: string, families: readonly FamilyModel[]): string {
  const manifest = JSON.parse(existing) as { dependencies?: Record<string, string> };
  const own = Object.entries(manifest.dependencies ?? {}).filter(([name]) => !name.startsWith("@runapi.ai/"));
  const runapi = ["@runapi.ai/core", ...families.map((family) => family.packageName)].map(
    (name) => [name, "workspace:^"] as const,
  );
  manifest.dependencies = Object.fromEntries(
    [...own, ...runapi].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const { "//": _, ...rest } = manifest as Record<string, unknown>;
  return json({ "//": MANIFEST_NOTICE, ...rest });
}

/** Every file the families package gets from the specs, by path inside the package. */
export function renderFamiliesFiles(
  families: readonly { family: FamilyModel; spec: LoadedSpec }[],
  existingManifest: string,
): [string, string][] {
  const models = families.map(({ family }) => family);
  return [
    ["package.json", renderFamiliesManifest(existingManifest, models)],
    ["src/generated/families.ts", renderFamilyList(models)],
    ...families.map(
      ({ family, spec }) =>
        [`src/generated/help/${family.family}.ts`, renderFamilyHelp(family, spec)] as [string, string],
    ),
  ];
}

/** Whether a file under the families package's src/generated/ was written by generation (and may be removed by it). */
export function isFamiliesGenerated(head: string): boolean {
  return head.startsWith(`// ${NOTICE}`) || /^\/\/ Generated from specs\/[^ ]+ by `pnpm generate`/.test(head);
}
