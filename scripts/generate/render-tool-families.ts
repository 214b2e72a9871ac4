import type { FamilyModel, LoadedSpec } from "../../packages/spec/src/index.ts";
import { codeHeader, json, FOLDER_NOTICE as NOTICE } from "../shared/header.ts";
import { priceSummary } from "../shared/price-text.ts";

/**
 * The packages that reach every family from one generated list: the command line and the MCP server. Each gets
 * `src/generated/families.ts`, `src/generated/help/<family>.ts` and the family packages as its dependencies, when
 * the package exists.
 */
export const TOOL_PACKAGES = ["cli", "mcp"] as const;

/**
 * `src/generated/families.ts`: each family's slug with its title, provider and modality, its package and its help
 * each loaded by `import()` on first use, so a command loads the one family it names. Its types are
 * `src/generated/family-entry.ts` (see `renderFamilyTypes`).
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
    'import type { FamilyEntry } from "./family-entry.js";\n\n' +
    "/** Every model family by its slug; its package and its help are loaded on first use. */\n" +
    `export const families: Readonly<Record<string, FamilyEntry>> = {\n${entries.join("")}};\n`
  );
}

/**
 * `src/generated/help/<family>.ts`: per variant (by model id, or action for one without a model), its title,
 * its price in words (as the family's README words it) and each field's description from the spec.
 */
export function renderFamilyHelp(family: FamilyModel, spec: LoadedSpec): string {
  const schemas = ((spec.document.components as Record<string, unknown> | undefined)?.schemas ??
    {}) as Record<string, unknown>;
  const variants: Record<string, { title: string; price: string; fields: Record<string, string> }> = {};
  for (const action of family.actions) {
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
      variants[variant.takesModel ? variant.model : action.name] = {
        title: variant.title,
        price: priceSummary(variant.price, variant.input),
        fields,
      };
    }
  }
  return (
    codeHeader(family) +
    'import type { FamilyHelp } from "../family-entry.js";\n\n' +
    `/** ${family.title}: each variant's title, price and field descriptions, by model id. */\n` +
    `export const help: FamilyHelp = ${JSON.stringify(variants, null, 2)};\n`
  );
}

/**
 * `src/generated/family-entry.ts`: the types of the family list and its help, the same in every tool package
 * (written here once, not kept by hand in each).
 */
export function renderFamilyTypes(): string {
  return `// ${NOTICE}
import type { Catalog, ClientOptions, RunAPIClient } from "@runapi.ai/core";

/** What a family package exports that a tool uses: its client class and its variant table. */
export interface FamilyModule {
  RunAPI: new (options?: string | ClientOptions) => RunAPIClient<any>;
  catalog: Catalog;
}

/** One variant's help, generated from its spec: title, price in words, and each field's description. */
export interface VariantHelp {
  title: string;
  price: string;
  fields: Readonly<Record<string, string>>;
}

/** A family's help by model id (or by action, for an action without a model). */
export type FamilyHelp = Readonly<Record<string, VariantHelp>>;

/** One row of the generated family list (families.ts). */
export interface FamilyEntry {
  title: string;
  provider: string;
  modality: string;
  load: () => Promise<FamilyModule>;
  help: () => Promise<{ help: FamilyHelp }>;
}
`;
}

/** The notice of a tool's package.json, of which generation writes the dependencies only. */
export const MANIFEST_NOTICE =
  "Its dependencies on core and the family packages are written from specs/ by `pnpm generate`: do not edit them; the rest is hand-written.";

/**
 * A tool's package.json with its `dependencies` on every family package (and core) kept in step with specs/:
 * the others (its own libraries, and `handWritten` packages of the workspace such as the emulator) and every
 * other key stay as they are. Any other `@runapi.ai/*` dependency is a family whose spec is gone: dropped.
 */
export function renderToolManifest(
  existing: string,
  families: readonly FamilyModel[],
  handWritten: ReadonlySet<string>,
): string {
  const manifest = JSON.parse(existing) as { dependencies?: Record<string, string> };
  const owned = new Set(["@runapi.ai/core", ...families.map((family) => family.packageName)]);
  const own = Object.entries(manifest.dependencies ?? {}).filter(
    ([name]) => !owned.has(name) && (!name.startsWith("@runapi.ai/") || handWritten.has(name)),
  );
  const runapi = [...owned].map((name) => [name, "workspace:^"] as const);
  manifest.dependencies = Object.fromEntries(
    [...own, ...runapi].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const { "//": _, ...rest } = manifest as Record<string, unknown>;
  return json({ "//": MANIFEST_NOTICE, ...rest });
}

/**
 * Every file a tool package gets from the specs, by path inside the package; `handWritten` names the workspace's
 * packages not generated from a spec, which a tool may depend on by hand.
 */
export function renderToolFiles(
  families: readonly { family: FamilyModel; spec: LoadedSpec }[],
  existingManifest: string,
  handWritten: ReadonlySet<string>,
): [string, string][] {
  const models = families.map(({ family }) => family);
  return [
    ["package.json", renderToolManifest(existingManifest, models, handWritten)],
    ["src/generated/families.ts", renderFamilyList(models)],
    ["src/generated/family-entry.ts", renderFamilyTypes()],
    ...families.map(
      ({ family, spec }) =>
        [`src/generated/help/${family.family}.ts`, renderFamilyHelp(family, spec)] as [string, string],
    ),
  ];
}

/** Whether a file under a tool's src/generated/ was written by generation (and may be removed by it). */
export function isToolGenerated(head: string): boolean {
  return head.startsWith(`// ${NOTICE}`) || /^\/\/ Generated from specs\/[^ ]+ by `pnpm generate`/.test(head);
}
