import { Console } from "node:console";
import { actionProperty, type RunAPIClient, ValidationError, type Variant } from "@runapi.ai/core";
import type { FamilyEntry, FamilyHelp, FamilyModule } from "@runapi.ai/families";

/** A served family: its package, its help and one client (key and origin from the environment). */
export interface LoadedFamily {
  slug: string;
  entry: FamilyEntry;
  module: FamilyModule;
  help: FamilyHelp;
  client: RunAPIClient<any>;
}

/** The calls a client makes for a task: the action's own when named (an action without a model), else the family's. */
export type TaskCalls = Pick<RunAPIClient<any>, "create" | "get" | "wait" | "estimateCost"> & {
  quote: RunAPIClient<any>["prices"]["quote"];
};

/** Loads each family's package and help; stdout carries the protocol, so core's log lines go to stderr. */
export async function loadFamilies(selected: readonly [string, FamilyEntry][]): Promise<LoadedFamily[]> {
  const logger = new Console({ stdout: process.stderr, stderr: process.stderr });
  return Promise.all(
    selected.map(async ([slug, entry]) => {
      const [module, { help }] = await Promise.all([entry.load(), entry.help()]);
      return { slug, entry, module, help, client: new module.RunAPI({ logger }) };
    }),
  );
}

/** The family a call names, refused as a validation problem naming the served ones. */
export function familyNamed(families: readonly LoadedFamily[], slug: unknown): LoadedFamily {
  const family = families.find((candidate) => candidate.slug === slug);
  if (!family) {
    throw new ValidationError([
      { path: "family", message: `family must be one of: ${families.map(({ slug }) => slug).join(", ")}` },
    ]);
  }
  return family;
}

/** A family's calls, through the named action's client when there is one (needed for an action without a model). */
export function callsFor(family: LoadedFamily, action: unknown): TaskCalls {
  const client = family.client as unknown as Record<string, any>;
  if (action === undefined) {
    return {
      create: client.create.bind(client),
      get: client.get.bind(client),
      wait: client.wait.bind(client),
      estimateCost: client.estimateCost.bind(client),
      quote: (params: any, options?: any) => family.client.prices.quote(params, options),
    } as TaskCalls;
  }
  const actions = [...new Set(family.module.catalog.variants.map((variant: Variant) => variant.action))];
  if (typeof action !== "string" || !actions.includes(action)) {
    throw new ValidationError([{ path: "action", message: `action must be one of: ${actions.join(", ")}` }]);
  }
  return client[actionProperty(action)] as TaskCalls;
}
