import { existsSync } from "node:fs";
import { join } from "node:path";
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
import { inject } from "vitest";
import type { ActionModel, FamilyModel, VariantModel } from "../../spec/src/index.ts";

const repo = fileURLToPath(new URL("../../../", import.meta.url));

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

/**
 * Every spec the suite's setup read (specs/ and the fixtures), each given a client; `dir` is the folder an
 * emulator serves them all from.
 */
export async function specFamilies(): Promise<{ dir: string; families: SpecFamily[] }> {
  const { dir, families } = inject("specFolder");
  return {
    dir,
    families: await Promise.all(
      families.map(async ({ model, fixture }) => ({
        model,
        fixture,
        client: fixture ? catalogClient(model) : await generatedClient(model),
      })),
    ),
  };
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

/** Core's client on the variant table the generator would write for a spec. */
export function catalogClient(model: FamilyModel): SpecFamily["client"] {
  const catalog: Catalog = {
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
  return (options) => new RunAPIClient<ModelMap>(options, catalog) as FamilyClient;
}
