import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  type ActionClient,
  type ActionShape,
  actionProperty,
  type Catalog,
  type ClientOptions,
  type ModelMap,
  RunAPIClient,
} from "@runapi.ai/core";
import {
  type ActionModel,
  type FamilyModel,
  formatProblem,
  loadSpec,
  readFamily,
  type VariantModel,
} from "../../spec/src/index.ts";

const repo = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * Specs that hold every form of price and every kind of cross-field rule the spec format has, beyond what the
 * specs in specs/ use today. They have no generated package: their client is core's, on their catalog.
 */
const FIXTURES = ["scripts/fixtures/toy-prices/toy-prices.yaml", "scripts/fixtures/toy-rules/toy-rules.yaml"];

/** A client of one family, its actions reached by name: the suite walks every family through one body. */
export type FamilyClient = RunAPIClient<ModelMap> &
  Record<string, ActionClient<ActionShape & { params: Record<string, unknown> }>>;

/** One spec as the suite walks it. */
export interface SpecFamily {
  /** The family as the generator reads it from the spec: actions, variants, examples, prices and rules. */
  model: FamilyModel;
  /** Whether the spec is a fixture (no generated package) rather than one of specs/. */
  fixture: boolean;
  /** The family's client: its generated package's `RunAPI`, or core's client on a fixture's catalog. */
  client(options: ClientOptions): FamilyClient;
}

/** One variant of a family, with its action, as a test case. */
export interface SpecVariant {
  family: SpecFamily;
  action: ActionModel;
  variant: VariantModel;
  /** `<family> <action> <model>`, or `(no model)` for an action that takes none. */
  name: string;
}

export interface SpecFolder {
  /** specs/ and the fixtures side by side, with specs/_shared/: one folder an emulator serves them all from. */
  dir: string;
  families: SpecFamily[];
  /** Deletes the folder. */
  remove(): void;
}

/** Every spec in specs/ (discovered, never listed) and the fixtures, each read and given a client. */
export async function loadSpecFamilies(): Promise<SpecFolder> {
  const root = mkdtempSync(join(tmpdir(), "runapi-conformance-"));
  const dir = join(root, "specs");
  mkdirSync(dir);
  cpSync(join(repo, "specs/_shared"), join(dir, "_shared"), { recursive: true });
  const families: SpecFamily[] = [];
  const specs = readdirSync(join(repo, "specs"))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  for (const name of specs) {
    copyFileSync(join(repo, "specs", name), join(dir, name));
    const model = readSpec(join(repo, "specs", name), repo);
    families.push({ model, fixture: false, client: await generatedClient(model) });
  }
  for (const fixture of FIXTURES) {
    const path = join(dir, basename(fixture));
    copyFileSync(join(repo, fixture), path);
    const model = readSpec(path, root);
    const catalog = catalogOf(model);
    families.push({
      model,
      fixture: true,
      client: (options) => new RunAPIClient<ModelMap>(options, catalog) as FamilyClient,
    });
  }
  return { dir, families, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every variant of every family, in spec order. */
export function variantsOf(families: readonly SpecFamily[]): SpecVariant[] {
  return families.flatMap((family) =>
    family.model.actions.flatMap((action) =>
      action.variants.map((variant) => ({
        family,
        action,
        variant,
        name: `${family.model.family} ${action.name} ${variant.takesModel ? variant.model : "(no model)"}`,
      })),
    ),
  );
}

/** The client of a variant's action (`client.textToImage`): model ids may be shared by actions, and some take none. */
export function actionClient(client: FamilyClient, action: ActionModel) {
  const api = client[actionProperty(action.name)];
  if (!api) throw new Error(`the client has no action ${actionProperty(action.name)} for ${action.path}`);
  return api;
}

function readSpec(path: string, root: string): FamilyModel {
  const { family, problems } = readFamily(loadSpec(path, root));
  if (!family) {
    throw new Error(
      `${relative(root, path)} does not read as a family (run pnpm generate for the fix):\n${problems.map(formatProblem).join("\n")}`,
    );
  }
  return family;
}

/** The `RunAPI` class of the family's generated package, from its sources. */
async function generatedClient(model: FamilyModel): Promise<SpecFamily["client"]> {
  const entry = join(repo, "packages", model.family, "src/index.ts");
  if (!existsSync(entry)) {
    throw new Error(`${model.file}: packages/${model.family}/src/index.ts is missing; run pnpm generate`);
  }
  const { RunAPI } = (await import(pathToFileURL(entry).href)) as {
    RunAPI: new (options: ClientOptions) => RunAPIClient<ModelMap>;
  };
  return (options) => new RunAPI(options) as FamilyClient;
}

/** The variant table the generator writes for a spec. */
function catalogOf(model: FamilyModel): Catalog {
  return {
    family: model.family,
    variants: model.actions.flatMap((action) =>
      action.variants.map(({ model: id, takesModel, status, task, price, input }) => ({
        ...(takesModel && { model: id }),
        action: action.name,
        method: "POST" as const,
        path: action.path,
        status,
        task,
        price,
        input,
      })),
    ),
  };
}
