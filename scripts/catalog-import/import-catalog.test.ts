import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { pointer } from "../../packages/spec/src/index.ts";
import { git } from "../shared/copy-of-repository.ts";
import { repositoryCopies } from "../shared/repository-copies.ts";
import { CONTRACT_FILE, HYBRID_ACTIONS, type InputRule, PRICING_FILE, readCatalog } from "./catalog-data.ts";
import { sampleValue, satisfyRules } from "./example-request.ts";
import { type OutputKind, words } from "./family-facts.ts";
import { importCatalog, STATE_FILE } from "./import-families.ts";
import { conditionHolds } from "./rule-schema.ts";
import { runImportCatalog } from "./run-import-catalog.ts";
import { applyEdits } from "./yaml-splice.ts";

// Ajv, a standard JSON Schema validator, checks the imported specs; redocly comes with openapi-typescript.
const repo = fileURLToPath(new URL("../..", import.meta.url));
const fromRoot = createRequire(join(repo, "package.json"));
interface AjvError {
  schemaPath: string;
  params: Record<string, unknown>;
}
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
interface Ajv {
  addKeyword(definition: { keyword: string }): void;
  addSchema(schema: object): void;
  getSchema(ref: string): ValidateFunction | undefined;
  compile(schema: object): ValidateFunction;
  errorsText(errors?: AjvError[] | null): string;
}
const { Ajv2020 } = fromRoot("ajv/dist/2020.js") as { Ajv2020: new (options: object) => Ajv };
const fromOpenapiTypescript = createRequire(
  realpathSync(join(repo, "node_modules/openapi-typescript/package.json")),
);
const redocly = fromOpenapiTypescript("@redocly/openapi-core") as {
  createConfig(config: object): Promise<unknown>;
  lint(options: {
    ref: string;
    config: unknown;
  }): Promise<{ severity: string; message: string; location: { pointer: string }[] }[]>;
};

type Node = Record<string, any>;
type Rule = {
  when?: Record<string, unknown>;
  required?: string[];
  forbidden?: string[];
  required_any?: string[];
  enum?: Record<string, unknown[]>;
};

const copy = repositoryCopies({ keep: "file" });
/**
 * A copy of the repository as it was before the catalog's first import: the hand-written Flux 2 spec of that
 * time (scripts/fixtures/catalog-seed/) and no other spec, no import state.
 */
function copyOfRepo(): string {
  const dir = copy();
  for (const name of readdirSync(join(dir, "specs"))) {
    if (name.endsWith(".yaml")) rmSync(join(dir, "specs", name));
  }
  rmSync(join(dir, STATE_FILE), { force: true });
  cpSync(join(repo, "scripts/fixtures/catalog-seed/flux-2.yaml"), join(dir, "specs/flux-2.yaml"));
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "--message", "seed");
  return dir;
}

/**
 * `pnpm import:catalog` in a copy of the repository, run in this process (the command itself, as a process, is
 * run once, on the repository).
 */
function runImport(dir: string, ...args: string[]) {
  const run = runImportCatalog(dir, args);
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** Every file under specs/ with its bytes. */
function specFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(join(dir, at), { withFileTypes: true })) {
      const path = `${at}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else files[path] = readFileSync(join(dir, path), "utf8");
    }
  };
  walk("specs");
  return files;
}

const readSpec = (dir: string, family: string): Node =>
  parse(readFileSync(join(dir, `specs/${family}.yaml`), "utf8"));

function editFile(dir: string, file: string, edit: (text: string) => string) {
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

function editJson(dir: string, file: string, edit: (data: Node) => void) {
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, "utf8"));
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}

interface Variant {
  family: string;
  action: string;
  name: string;
  key: string;
  schema: Node;
  example: Node;
  requestSchema: Node;
}

/** Every variant of every data action, with its example and the request body schema. */
function variantsOf(dir: string, families: string[]): Variant[] {
  const variants: Variant[] = [];
  for (const family of families) {
    const spec = readSpec(dir, family);
    for (const [path, item] of Object.entries<Node>(spec.paths)) {
      if (!item.post) continue;
      const media = item.post.requestBody.content["application/json"];
      const refs: [string, string][] = media.schema.$ref
        ? [[path.split("/").at(-1) as string, media.schema.$ref]]
        : Object.entries<string>(media.schema.discriminator.mapping);
      for (const [key, ref] of refs) {
        const name = ref.split("/").at(-1) as string;
        variants.push({
          family,
          action: path.split("/").at(-1) as string,
          name,
          key,
          schema: spec.components.schemas[name],
          example: media.examples[key]?.value,
          requestSchema: media.schema,
        });
      }
    }
  }
  return variants;
}

/** Ajv 2020 over one spec's schemas: `validator(name)` checks a variant, `request(schema)` a request body schema. */
function ajvFor(spec: Node) {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  for (const keyword of ["x-runapi-variant", "x-runapi-file"]) ajv.addKeyword({ keyword });
  ajv.addSchema({ $id: "spec", components: { schemas: spec.components.schemas } });
  // The variants of one action share its request body schema: compiled once.
  const requests = new Map<string, ValidateFunction>();
  return {
    ajv,
    validator: (name: string) => ajv.getSchema(`spec#/components/schemas/${name}`) as ValidateFunction,
    request: (schema: Node) => {
      const text = JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/');
      let validate = requests.get(text);
      if (!validate) {
        validate = ajv.compile(JSON.parse(text));
        requests.set(text, validate);
      }
      return validate;
    },
  };
}

/** Whether `lines` appear in `within` in the same order (other lines may come between). */
function inOrder(lines: string[], within: string[]): string | undefined {
  let at = 0;
  for (const line of lines) {
    while (at < within.length && within[at] !== line) at++;
    if (at === within.length) return line;
    at++;
  }
  return undefined;
}

/** A rule read back from its `allOf` item. */
function ruleOf(item: Node): Rule {
  const then: Node = item.then ?? item;
  const rule: Rule = {};
  if (item.if) {
    rule.when = {};
    for (const condition of item.if.allOf as Node[]) {
      if (condition.not) rule.when[condition.not.required[0]] = { present: false };
      else if (condition.properties) {
        const [name, value] = Object.entries<Node>(condition.properties)[0] as [string, Node];
        rule.when[name] = value.const;
      } else rule.when[condition.required[0]] = { present: true };
    }
  }
  if (then.required) rule.required = then.required;
  if (then.not) rule.forbidden = then.not.anyOf.map((entry: Node) => entry.required[0]);
  if (then.anyOf) rule.required_any = then.anyOf.map((entry: Node) => entry.required[0]);
  if (then.properties)
    rule.enum = Object.fromEntries(
      Object.entries<Node>(then.properties).map(([name, value]) => [name, value.enum]),
    );
  return rule;
}

/** A value of the field outside the rule's allowed list (and still valid for the field itself). */
function outside(schema: Node, allowed: unknown[]): unknown {
  const candidates =
    schema.enum ??
    (schema.type === "boolean"
      ? [true, false]
      : schema.type === "string"
        ? ["not-allowed"]
        : [0, 1, 2, 3, 7, 11]);
  return candidates.find((value: unknown) => !allowed.includes(value));
}

describe("pnpm import:catalog on a copy of the repository", () => {
  let dir: string;
  let families: string[];
  let variants: Variant[];
  let firstRun: { status: number; out: string };
  /** Ajv over each family's spec, made once for the tests that validate examples. */
  let ajvs: Map<string, ReturnType<typeof ajvFor>> | undefined;
  const ajvOf = (family: string) => {
    ajvs ??= new Map(families.map((name) => [name, ajvFor(readSpec(dir, name))]));
    return ajvs.get(family) as ReturnType<typeof ajvFor>;
  };
  const seed = readFileSync(join(repo, "scripts/fixtures/catalog-seed/flux-2.yaml"), "utf8");

  beforeAll(() => {
    dir = copyOfRepo();
    firstRun = runImport(dir);
    families = [...new Set(readCatalog(dir).actions.map((action) => action.family))];
    variants = variantsOf(dir, families);
  }, 60_000);

  it("writes 40 families, 126 actions, 165 models (234 pairs, 25 without a model) and places 106 rules", () => {
    expect(firstRun.status, firstRun.out).toBe(0);
    expect(firstRun.out).toContain(
      "Catalog: 40 families, 126 actions, 165 models (234 model×action variants, 25 actions without a model), 106 rules placed",
    );
    expect(families).toHaveLength(40);
    for (const family of families) expect(readSpec(dir, family).info["x-runapi"].family).toBe(family);
    // Counted again from the specs themselves (flux-2's hand-written image_to_image is not catalog data).
    const catalogVariants = variants.filter(
      (variant) => !(variant.family === "flux-2" && variant.action === "image_to_image"),
    );
    const actions = new Set(catalogVariants.map((variant) => `${variant.family}/${variant.action}`));
    expect(actions.size).toBe(126);
    const withModel = catalogVariants.filter(
      (variant) => variant.schema.properties.model?.const !== undefined,
    );
    expect(withModel).toHaveLength(234);
    expect(new Set(withModel.map((variant) => variant.key)).size).toBe(165);
    expect(catalogVariants.length - withModel.length).toBe(25);
    const result = importCatalog(dir);
    expect(result.counts).toMatchObject({ rules: 106, rulesFolded: 65 });
    // Every data rule is in its action's specs: folded into its model's schema, or an allOf item that says
    // the same for a variant (fields the variant lacks left out).
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const fits = (item: Rule, rule: Rule) =>
      same(item.required, rule.required) &&
      same(item.required_any, rule.required_any) &&
      same(item.enum, rule.enum) &&
      (item.forbidden ?? []).every((name) => rule.forbidden?.includes(name)) &&
      Object.entries(item.when ?? {}).every(([name, condition]) => same(rule.when?.[name], condition));
    let found = 0;
    let folded = 0;
    for (const action of readCatalog(dir).actions)
      for (const rule of action.rules) {
        const model = action.models.length > 0 ? rule.when?.model : undefined;
        if (model !== undefined && Object.keys(rule.when ?? {}).length === 1 && !rule.required_any) {
          folded++;
          continue;
        }
        const carriers = catalogVariants.filter(
          (variant) =>
            variant.family === action.family &&
            variant.action === action.endpoint &&
            (model === undefined || variant.key === model),
        );
        const items = carriers.flatMap((variant) => (variant.schema.allOf ?? []).map(ruleOf));
        expect(
          items.some((item) => fits(item, rule as Rule)),
          `${action.key} ${JSON.stringify(rule)}`,
        ).toBe(true);
        found++;
      }
    expect(found + folded).toBe(106);
    expect(folded).toBe(65);
  });

  it("writes valid OpenAPI 3.1 documents (redocly's structural rules, every $ref resolved)", async () => {
    const config = await redocly.createConfig({
      rules: { struct: "error", "no-unresolved-refs": "error", "operation-operationId-unique": "error" },
    });
    for (const family of families) {
      const problems = await redocly.lint({ ref: join(dir, `specs/${family}.yaml`), config });
      const errors = problems.filter((problem) => problem.severity === "error");
      expect(
        errors.map((problem) => `${family}: ${problem.message} at ${problem.location[0]?.pointer}`),
      ).toEqual([]);
      const spec = readSpec(dir, family);
      expect(spec.openapi).toBe("3.1.0");
      for (const [path, item] of Object.entries<Node>(spec.paths)) {
        if (!item.post) continue;
        const sync = item.post.responses["200"].$ref.endsWith("/SyncResult");
        expect(Boolean(spec.paths[`${path}/{id}`]), `${family} ${path}`).toBe(!sync);
      }
    }
  }, 60_000);

  it("gives every variant one example that Ajv 2020 accepts, rules included", () => {
    for (const variant of variants) {
      const where = `${variant.family} ${variant.name}`;
      expect(variant.example, `${where} has an example`).toBeTypeOf("object");
      const { ajv, validator, request } = ajvOf(variant.family);
      const validate = validator(variant.name);
      expect(validate(variant.example), `${where}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      const body = request(variant.requestSchema);
      expect(body(variant.example), `${where} against the request body: ${ajv.errorsText(body.errors)}`).toBe(
        true,
      );
      expect(variant.schema.additionalProperties).toBe(false);
      const meta = variant.schema["x-runapi-variant"];
      if (
        !(
          variant.family === "flux-2" &&
          [
            "Flux2ProTextToImage",
            "Flux2FlexTextToImage",
            "Flux2ProImageToImage",
            "Flux2FlexImageToImage",
          ].includes(variant.name)
        )
      ) {
        expect(meta.output, where).toMatch(/^(image|video|audio|text)$/);
        // The synchronous actions RunAPI treats as hybrid are written hybrid; every other keeps the catalog's kind.
        const hybrid = HYBRID_ACTIONS.has(`${variant.family}/${variant.action.replaceAll("_", "-")}`);
        expect([where, meta.task === "hybrid"]).toEqual([where, hybrid]);
        expect(["async", "sync", "hybrid"]).toContain(meta.task);
        expect(Boolean(variant.schema.properties.callback_url)).toBe(meta.task === "async");
      }
      for (const [name, property] of Object.entries<Node>(variant.schema.properties))
        if (property["x-runapi-file"]) {
          const values = [variant.example[name]].flat().filter((value) => value !== undefined);
          for (const value of values) expect(value).toMatch(/^https:\/\/example\.com\/.+\.(png|mp4|mp3)$/);
        }
    }
  });

  it("refuses, for every rule, an example changed to break it", () => {
    const catalog = readCatalog(dir);
    const validatorOf = (variant: Variant) => ajvOf(variant.family).validator(variant.name);
    let checked = 0;
    for (const variant of variants) {
      const items: Node[] = variant.schema.allOf ?? [];
      if (items.length === 0) continue;
      const validate = validatorOf(variant);
      const properties = variant.schema.properties as Record<string, Node>;
      const output = variant.schema["x-runapi-variant"].output as OutputKind;
      const rules = items.map(ruleOf);
      rules.forEach((rule, index) => {
        const input = { output, properties, required: variant.schema.required, rules: rules as InputRule[] };
        let request: Node = structuredClone(variant.example);
        for (const [name, condition] of Object.entries(rule.when ?? {})) {
          if (typeof condition !== "object") request[name] = condition;
          else if ((condition as Node).present)
            request[name] ??= sampleValue(name, properties[name] as Node, output);
          else delete request[name];
        }
        // Otherwise valid where possible, so that the rule under test is what refuses it.
        const settled = satisfyRules(structuredClone(request), input);
        if (conditionHolds(rule as never, settled, false)) request = settled;
        let field: string;
        if (rule.required?.length) {
          field = rule.required[0] as string;
          delete request[field];
        } else if (rule.forbidden?.length) {
          field = rule.forbidden.find((name) => properties[name]) ?? (rule.forbidden[0] as string);
          // A rule may forbid the very field its condition tests (veo-3.1-lite: duration 6 with reference input).
          const schema = properties[field];
          request[field] ??= schema ? sampleValue(field, schema, output) : "x";
        } else if (rule.required_any?.length) {
          for (const name of rule.required_any) delete request[name];
          field = rule.required_any[0] as string;
        } else {
          const [name, allowed] = Object.entries(rule.enum ?? {})[0] as [string, unknown[]];
          field = name;
          request[name] = outside(properties[name] as Node, allowed);
        }
        const where = `${variant.family} ${variant.name} rule ${index} (${JSON.stringify(rule)}) with ${JSON.stringify(request)}`;
        expect(validate(request), where).toBe(false);
        if (properties[field])
          expect(
            validate.errors?.some((error) => error.schemaPath.includes(`/allOf/${index}/`)),
            where,
          ).toBe(true);
        checked++;
      });
    }
    // Rules whose only condition is the model live in the variant's own schema.
    let folded = 0;
    for (const action of catalog.actions)
      for (const rule of action.rules) {
        const model = rule.when?.model;
        if (
          action.models.length === 0 ||
          Object.keys(rule.when ?? {}).length !== 1 ||
          typeof model !== "string"
        )
          continue;
        const variant = variants.find(
          (entry) =>
            entry.family === action.family && entry.action === action.endpoint && entry.key === model,
        ) as Variant;
        const validate = validatorOf(variant);
        for (const name of rule.forbidden ?? []) {
          expect(variant.schema.properties[name], `${model} ${name}`).toBeUndefined();
          expect(validate({ ...variant.example, [name]: "x" })).toBe(false);
          expect(validate.errors?.some((error) => error.params.additionalProperty === name)).toBe(true);
        }
        for (const name of rule.required ?? []) {
          expect(variant.schema.required).toContain(name);
          const { [name]: _, ...rest } = variant.example;
          expect(validate(rest)).toBe(false);
        }
        folded++;
      }
    expect(checked).toBeGreaterThan(100);
    expect(folded).toBe(65);
  });

  it("finds the repository's own specs up to date with specs/_catalog (--check on the repository as it is)", () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", join(repo, "scripts/catalog-import/import-catalog.ts"), "--check"],
      {
        cwd: repo,
        encoding: "utf8",
      },
    );
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/would (change|write)/i);
    expect(run.stdout).toMatch(/^Specs: 0 new, 0 updated, \d+ unchanged\.$/m);
    expect(run.status).toBe(0);
  });

  it("changes nothing when run again: byte-identical files, and --check passes", () => {
    const before = specFiles(dir);
    expect(importCatalog(dir).writes.size).toBe(0);
    const again = runImport(dir);
    expect(again.status, again.out).toBe(0);
    expect(specFiles(dir)).toEqual(before);
    const check = runImport(dir, "--check");
    expect(check.status, check.out).toBe(0);
    expect(check.out).toContain("Specs: 0 new, 0 updated, 40 unchanged.");
  }, 60_000);

  it("lays the specs out the way the repository's formatter does, so pnpm lint passes on them", () => {
    cpSync(join(repo, "biome.json"), join(dir, "biome.json"));
    const format = spawnSync(join(repo, "node_modules/.bin/biome"), ["format", "specs"], {
      cwd: dir,
      encoding: "utf8",
    });
    const out = `${format.stdout}${format.stderr}`;
    expect(format.status, out).toBe(0);
    expect(out).toMatch(/Checked 4\d files/);
  });

  it("keeps flux-2's hand-written variants byte for byte and adds what the data has", () => {
    const after = readFileSync(join(dir, "specs/flux-2.yaml"), "utf8");
    // Only insertions: every line of the seed is still there, in order.
    expect(inOrder(seed.split("\n"), after.split("\n"))).toBeUndefined();
    const block = (text: string, name: string) => {
      const start = text.indexOf(`\n    ${name}:\n`);
      const next = text.slice(start + 1).search(/\n {4}\S/);
      return text.slice(start, start + 1 + (next === -1 ? text.length : next));
    };
    for (const name of [
      "Flux2ProTextToImage",
      "Flux2FlexTextToImage",
      "Flux2ProImageToImage",
      "Flux2FlexImageToImage",
    ])
      expect(block(after, name).trimEnd()).toBe(block(seed, name).trimEnd());
    const spec = parse(after);
    expect(Object.keys(spec.paths)).toEqual([
      "/api/v1/flux_2/text_to_image",
      "/api/v1/flux_2/text_to_image/{id}",
      "/api/v1/flux_2/image_to_image",
      "/api/v1/flux_2/image_to_image/{id}",
      "/api/v1/flux_2/remix_image",
      "/api/v1/flux_2/remix_image/{id}",
    ]);
    const mapping =
      spec.paths["/api/v1/flux_2/text_to_image"].post.requestBody.content["application/json"].schema
        .discriminator.mapping;
    expect(Object.keys(mapping)).toEqual([
      "flux-2-pro-text-to-image",
      "flux-2-flex-text-to-image",
      "flux-2-max-text-to-image",
    ]);
    expect(spec.components.schemas.Flux2MaxTextToImage["x-runapi-variant"].price).toEqual({
      unit: "unknown",
    });
    expect(spec.components.schemas.Flux2FlexRemixImage["x-runapi-variant"].price).toEqual({
      unit: "call",
      cents: 14,
      by: { output_resolution: { "1k": 14, "2k": 24 } },
    });
  });

  it("reports, never applies, a data change on flux-2's hand-written content, even where it agreed with the data", () => {
    const copy = copyOfRepo();
    expect(runImport(copy).status).toBe(0);
    const seedPrice = "/components/schemas/Flux2ProTextToImage/x-runapi-variant/price";
    editJson(copy, PRICING_FILE, (data) => {
      data.endpoints["flux-2-pro-text-to-image/text_to_image"].billing_config.overrides["2k"] = 8;
      data.endpoints["flux-2-flex-remix-image/remix_image"].billing_config.overrides["2k"] = 25;
    });
    const result = importCatalog(copy);
    expect(result.conflicts).toEqual([
      {
        file: "specs/flux-2.yaml",
        pointer: seedPrice,
        spec: { unit: "call", cents: 5, by: { output_resolution: { "1k": 5, "2k": 7 } } },
        data: { unit: "call", cents: 5, by: { output_resolution: { "1k": 5, "2k": 8 } } },
      },
    ]);
    // The importer's own flux-2 content follows the data.
    expect([...result.writes.keys()]).toEqual(["specs/flux-2.yaml", STATE_FILE]);
    const text = result.writes.get("specs/flux-2.yaml") as string;
    expect(
      parse(text).components.schemas.Flux2FlexRemixImage["x-runapi-variant"].price.by.output_resolution["2k"],
    ).toBe(25);
    expect(inOrder(seed.split("\n"), text.split("\n"))).toBeUndefined();
  }, 60_000);

  it("writes the suno text_to_music variants with their rules, prices and file fields", () => {
    const suno = readSpec(dir, "suno");
    const v5 = suno.components.schemas.SunoV5TextToMusic;
    expect(v5.required).toEqual(["model", "vocal_mode"]);
    expect(v5.properties.duration_seconds).toBeUndefined();
    expect(suno.components.schemas.SunoV55TextToMusic.properties.duration_seconds).toMatchObject({
      minimum: 10,
      maximum: 360,
    });
    expect(v5.allOf[1].if).toEqual({
      allOf: [{ properties: { vocal_mode: { const: "exact_lyrics" } }, required: ["vocal_mode"] }],
    });
    expect(v5.allOf[1].then).toEqual({
      required: ["lyrics", "style", "title"],
      not: { anyOf: [{ required: ["prompt"] }] },
    });
    expect(v5["x-runapi-variant"]).toEqual({
      status: "active",
      task: "async",
      output: "audio",
      price: { unit: "call", cents: 22 },
    });
    // Forbidding duration_seconds is moot where the model has no such field: only v5.5's rule names it.
    expect(v5.allOf[0].then.not.anyOf).not.toContainEqual({ required: ["duration_seconds"] });
    expect(suno.components.schemas.SunoV55TextToMusic.allOf[0].then.not.anyOf).toContainEqual({
      required: ["duration_seconds"],
    });
    expect(suno.components.schemas.SunoV5CoverAudio.properties.upload_url["x-runapi-file"]).toBe(true);
    // An action without a model has no model property, even where the data lists one.
    expect(suno.components.schemas.SunoReplaceSection.properties.model).toBeUndefined();
    expect(suno.components.schemas.SunoReplaceSection.required).not.toContain("model");
    expect(suno.components.schemas.SunoSeparateAudioStems.required).toContain("type");
    // No-model prices are per service: _/extend_video is Grok Imagine's, so Veo 3.1's extend is unknown. Grok
    // Imagine's own depends on output_resolution, which its request does not carry: unknown offline too.
    expect(
      readSpec(dir, "grok-imagine").components.schemas.GrokImagineExtendVideo["x-runapi-variant"].price,
    ).toEqual({ unit: "unknown" });
    expect(
      readSpec(dir, "seedance").components.schemas.Seedance20TextToVideo["x-runapi-variant"].price,
    ).toEqual({ unit: "unknown" });
    expect(readSpec(dir, "veo-3-1").components.schemas.Veo31ExtendVideo["x-runapi-variant"].price).toEqual({
      unit: "unknown",
    });
    expect(
      readSpec(dir, "veo-3-1").components.schemas.Veo31UpscaleVideo["x-runapi-variant"].price,
    ).toMatchObject({
      cents: 120,
      by: { output_resolution: { "1080p": 5, "4k": 120 } },
    });
    expect(
      readSpec(dir, "gemini-tts").components.schemas.GeminiTts25ProTtsTextToSpeech["x-runapi-variant"].price,
    ).toEqual({
      unit: "million_tokens",
      input_cents: 140,
      output_cents: 2800,
    });
    // Price bands are ranges of the duration; entries for values a field does not accept are dropped.
    expect(
      readSpec(dir, "grok-imagine").components.schemas.GrokImagineVideo15FastTextToVideo["x-runapi-variant"]
        .price,
    ).toEqual({
      unit: "call",
      cents: 75,
      by: { duration_seconds: { "1-10": 18, "11-20": 45, "21-30": 75 } },
    });
    expect(
      readSpec(dir, "wan").components.schemas.Wan22A14bImageToVideoTurbo["x-runapi-variant"].price.by,
    ).toEqual({ output_resolution: { "480p": 40, "720p": 80 } });
    expect(readSpec(dir, "wan").components.schemas.Wan22AnimateMove["x-runapi-variant"].price).toMatchObject({
      unit: "second",
      duration_source: "videos[0].url",
    });
    const boost = readSpec(dir, "suno").paths["/api/v1/suno/boost_style"];
    expect(boost.post.responses["200"].$ref).toBe("./_shared/common.yaml#/components/responses/SyncResult");
    expect(readSpec(dir, "suno").paths["/api/v1/suno/boost_style/{id}"]).toBeUndefined();
  });
});

describe("hand edits and data changes", () => {
  const V5 = "/components/schemas/SunoV5TextToMusic";
  const pricePointer = `${V5}/x-runapi-variant/price`;
  let dir: string;

  beforeAll(() => {
    dir = copyOfRepo();
    expect(runImport(dir).status).toBe(0);
  }, 60_000);

  it("keeps a hand edit when the data did not change", () => {
    editFile(dir, "specs/suno.yaml", (text) =>
      text.replace(
        /(SunoV5TextToMusic:[\s\S]*?prompt: \{ type: string, description: )Song brief for automatic lyrics\./,
        "$1A short brief; Suno writes the lyrics.",
      ),
    );
    editFile(dir, "specs/suno.yaml", (text) =>
      text.replace(/(title: suno-v5 · text to music[\s\S]*?price: \{ unit: call, cents: )22/, "$120"),
    );
    const result = importCatalog(dir);
    expect(result.writes.size).toBe(0);
    expect(result.conflicts).toEqual([]);
    const v5 = readSpec(dir, "suno").components.schemas.SunoV5TextToMusic;
    expect(v5.properties.prompt.description).toBe("A short brief; Suno writes the lyrics.");
    expect(v5["x-runapi-variant"].price.cents).toBe(20);
  });

  it("reports a data change on a hand-edited location and does not apply it; --keep and --accept settle it", () => {
    editJson(dir, PRICING_FILE, (data) => {
      data.endpoints["suno-v5/text_to_music"].unit_price_cents = 25;
    });
    const run = runImport(dir);
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain(`specs/suno.yaml#${pricePointer}`);
    expect(run.out).toContain('spec: {"unit":"call","cents":20}');
    expect(run.out).toContain('data: {"unit":"call","cents":25}');
    expect(run.out).toContain(`pnpm import:catalog --accept 'specs/suno.yaml#${pricePointer}'`);
    expect(readSpec(dir, "suno").components.schemas.SunoV5TextToMusic["x-runapi-variant"].price.cents).toBe(
      20,
    );
    // Reported again until settled.
    expect(importCatalog(dir).conflicts.map((conflict) => conflict.pointer)).toEqual([pricePointer]);
    const accepted = runImport(dir, "--accept", `specs/suno.yaml#${pricePointer}`);
    expect(accepted.status, accepted.out).toBe(0);
    expect(readSpec(dir, "suno").components.schemas.SunoV5TextToMusic["x-runapi-variant"].price).toEqual({
      unit: "call",
      cents: 25,
    });
    expect(importCatalog(dir).writes.size).toBe(0);

    // The description edit of the first test, then the data changes it: --keep keeps the spec for good.
    editJson(dir, CONTRACT_FILE, (data) => {
      data.actions["suno/text-to-music"].fields_by_model["suno-v5"].prompt.description = "Song brief.";
    });
    const promptPointer = `${V5}/properties/prompt`;
    expect(importCatalog(dir).conflicts).toEqual([
      expect.objectContaining({
        pointer: promptPointer,
        data: expect.objectContaining({ description: "Song brief." }),
      }),
    ]);
    const kept = runImport(dir, "--keep", `specs/suno.yaml#${promptPointer}`);
    expect(kept.status, kept.out).toBe(0);
    expect(readSpec(dir, "suno").components.schemas.SunoV5TextToMusic.properties.prompt.description).toBe(
      "A short brief; Suno writes the lyrics.",
    );
    expect(importCatalog(dir).conflicts).toEqual([]);
  }, 60_000);

  it("applies a data change on an untouched location, and adds new models; gone models are reported, not deleted", () => {
    editJson(dir, PRICING_FILE, (data) => {
      data.endpoints["suno-v4/text_to_music"].unit_price_cents = 30;
    });
    editJson(dir, CONTRACT_FILE, (data) => {
      const action = data.actions["suno/text-to-music"];
      action.models.push("suno-v6");
      action.fields_by_model["suno-v6"] = structuredClone(action.fields_by_model["suno-v5.5"]);
      const lyrics = data.actions["suno/generate-lyrics"];
      delete data.actions["suno/generate-lyrics"];
      expect(lyrics).toBeDefined();
      const stems = data.actions["suno/add-vocals"];
      stems.models = stems.models.filter((model: string) => model !== "suno-v5");
      delete stems.fields_by_model["suno-v5"];
    });
    const before = readFileSync(join(dir, "specs/suno.yaml"), "utf8");
    const result = importCatalog(dir);
    expect(result.conflicts).toEqual([]);
    const report = runImport(dir);
    expect(report.status, report.out).toBe(0);
    expect(report.out).toContain("gone from the data: action:generate_lyrics in specs/suno.yaml");
    expect(report.out).toContain("gone from the data: variant:add_vocals/suno-v5 in specs/suno.yaml");
    const suno = readSpec(dir, "suno");
    expect(suno.components.schemas.SunoV4TextToMusic["x-runapi-variant"].price).toEqual({
      unit: "call",
      cents: 30,
    });
    expect(suno.components.schemas.SunoV6TextToMusic.properties.model.const).toBe("suno-v6");
    const body = suno.paths["/api/v1/suno/text_to_music"].post.requestBody.content["application/json"];
    expect(body.schema.discriminator.mapping["suno-v6"]).toBe("#/components/schemas/SunoV6TextToMusic");
    expect(body.schema.oneOf).toContainEqual({ $ref: "#/components/schemas/SunoV6TextToMusic" });
    expect(body.examples["suno-v6"].value.model).toBe("suno-v6");
    // Left in place.
    expect(suno.paths["/api/v1/suno/generate_lyrics"]).toBeDefined();
    expect(suno.components.schemas.SunoV5AddVocals).toBeDefined();
    // Only what changed was rewritten: besides the family description (an action is gone) and suno-v4's price,
    // every line is still there, in order.
    const after = readFileSync(join(dir, "specs/suno.yaml"), "utf8");
    const lines = before.split("\n");
    const description = lines.indexOf("  description: >-");
    const v4 = lines.indexOf("    SunoV4TextToMusic:");
    const price = lines.findIndex((line, index) => index > v4 && line.startsWith("      x-runapi-variant:"));
    const meta = lines.findIndex((line) => line.startsWith("  x-runapi:"));
    const kept = lines.filter((_, index) => !(index > description && index < meta) && index !== price);
    expect(inOrder(kept, after.split("\n"))).toBeUndefined();
    expect(importCatalog(dir).writes.size).toBe(0);
  }, 60_000);

  it("leaves a deleted spec deleted and says how to import it afresh", () => {
    rmSync(join(dir, "specs/luma.yaml"));
    const run = runImport(dir);
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain("specs/luma.yaml was imported before and has been deleted: left deleted");
    expect(readdirSync(join(dir, "specs"))).not.toContain("luma.yaml");
    editJson(dir, STATE_FILE, (state) => {
      delete state.families.luma;
    });
    expect(runImport(dir).status).toBe(0);
    expect(readSpec(dir, "luma").info.title).toBe("Luma");
  }, 30_000);

  it("--check fails while a run would change something", () => {
    editJson(dir, PRICING_FILE, (data) => {
      data.endpoints["suno-v4.5/text_to_music"].unit_price_cents = 31;
    });
    const check = runImport(dir, "--check");
    expect(check.status, check.out).toBe(1);
    expect(check.out).toContain("would write specs/suno.yaml");
    expect(readSpec(dir, "suno").components.schemas.SunoV45TextToMusic["x-runapi-variant"].price.cents).toBe(
      22,
    );
  }, 30_000);
});

describe("bad arguments", () => {
  it("an unknown option is refused with exit code 2 and the usage, and nothing is written", () => {
    const dir = copyOfRepo();
    const before = specFiles(dir);
    const run = runImport(dir, "--acept", "specs/suno.yaml#/info");
    expect(run.status).toBe(2);
    expect(run.out).toBe(
      "import:catalog: Unknown option '--acept'\nusage: pnpm import:catalog [--check] [--accept '<file>#<pointer>']… [--keep '<file>#<pointer>']…\n",
    );
    expect(specFiles(dir)).toEqual(before);
  });
});

describe("bad data", () => {
  it("names the file and place of a construct it does not know, and writes nothing", () => {
    const dir = copyOfRepo();
    const before = specFiles(dir);
    editJson(dir, CONTRACT_FILE, (data) => {
      data.actions["suno/text-to-music"].fields_by_model["suno-v5"].prompt.format = "uri";
    });
    const run = runImport(dir);
    expect(run.status).toBe(1);
    expect(run.out).toContain(
      `${CONTRACT_FILE}#${pointer("actions", "suno/text-to-music", "fields_by_model", "suno-v5", "prompt", "format")}: unknown field key format`,
    );
    expect(run.out).toContain("Nothing was written.");
    const after = specFiles(dir);
    expect({ ...after, [CONTRACT_FILE]: "" }).toEqual({ ...before, [CONTRACT_FILE]: "" });
    expect(after[STATE_FILE]).toBeUndefined();
  }, 30_000);

  it("refuses a family it cannot name a provider for, and writes nothing", () => {
    const dir = copyOfRepo();
    editJson(dir, CONTRACT_FILE, (data) => {
      data.actions["acme/text-to-image"] = structuredClone(data.actions["z-image/text-to-image"]);
    });
    const run = runImport(dir);
    expect(run.status).toBe(1);
    expect(run.out).toContain(
      "family acme has no provider; add it to PROVIDERS in scripts/catalog-import/family-facts.ts",
    );
    expect(readdirSync(join(dir, "specs")).filter((file) => file.endsWith(".yaml"))).toEqual(["flux-2.yaml"]);
  }, 30_000);
});

describe("action names in prose (family descriptions, variant titles)", () => {
  it("reads an endpoint as words, with the acronyms in it in capitals", () => {
    expect(words("text_to_image")).toBe("text to image");
    expect(words("ai_avatar")).toBe("AI avatar");
    expect(words("generate_midi")).toBe("generate MIDI");
    // Only whole words: "ai" inside one stays as it is.
    expect(words("repaint_ai_image_maid")).toBe("repaint AI image maid");
  });
});

describe("editing a spec's YAML in place", () => {
  it("rewrites only the edited places: comments, quoting and layout elsewhere stay as written", () => {
    const text = [
      "# a hand-written spec",
      "a: 1 # the first",
      "b:",
      "  c: [x, y]",
      "  d: { e: 1 }",
      "  'quoted': keep",
      "list:",
      "  - name: one # first item",
      "",
    ].join("\n");
    const edited = applyEdits(text, [
      { op: "set", path: ["b", "d", "f"], value: 2 },
      { op: "set", path: ["a"], value: 3 },
      { op: "append", path: ["list"], item: { name: "two" } },
      { op: "set", path: ["z", "ratio"], value: "16:9" },
      { op: "set", path: ["z", "lyrics"], value: "[Verse]\nla la" },
      { op: "delete", path: ["b", "c"] },
    ]);
    expect(edited).toBe(
      [
        "# a hand-written spec",
        "a: 3 # the first",
        "b:",
        "  d: { e: 1, f: 2 }",
        "  'quoted': keep",
        "list:",
        "  - name: one # first item",
        "  - { name: two }",
        "z:",
        '  ratio: "16:9"',
        "  lyrics: |-",
        "    [Verse]",
        "    la la",
        "",
      ].join("\n"),
    );
    expect(parse(edited)).toEqual({
      a: 3,
      b: { d: { e: 1, f: 2 }, quoted: "keep" },
      list: [{ name: "one" }, { name: "two" }],
      z: { ratio: "16:9", lyrics: "[Verse]\nla la" },
    });
  });
});
