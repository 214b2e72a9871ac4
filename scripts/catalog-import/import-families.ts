import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CATALOG_DIR, type ContractAction, readCatalog } from "./catalog-data.ts";
import { type FamilySpec, familySpec } from "./family-spec.ts";
import {
  type Conflict,
  type Decisions,
  type FamilyOutcome,
  type FamilyState,
  mergeFamily,
} from "./merge-spec.ts";
import { noModelPriceOwners } from "./price-rule.ts";

export const STATE_FILE = `${CATALOG_DIR}/imported.json`;

interface StateFile {
  about: string;
  families: Record<string, FamilyState>;
}

export interface ImportResult {
  families: FamilySpec[];
  outcomes: FamilyOutcome[];
  /** Files whose content would change (relative path → new text), state file included. */
  writes: Map<string, string>;
  conflicts: Conflict[];
  /** Families of the state that the data no longer has. */
  goneFamilies: string[];
  /** `--accept`/`--keep` entries that matched no conflict. */
  unused: string[];
  counts: {
    families: number;
    actions: number;
    models: number;
    variants: number;
    noModelActions: number;
    rules: number;
    rulesFolded: number;
  };
}

/**
 * Computes every spec from the catalog data, merged with the specs as they are and the importer's state.
 * Writes nothing: see `writeImport`.
 */
export function importCatalog(
  root: string,
  decisions: Decisions = { accept: new Set(), keep: new Set() },
): ImportResult {
  const catalog = readCatalog(root);
  const owners = noModelPriceOwners(catalog);
  const byFamily = new Map<string, ContractAction[]>();
  for (const action of catalog.actions)
    byFamily.set(action.family, [...(byFamily.get(action.family) ?? []), action]);
  const families = [...byFamily].map(([family, actions]) => familySpec(catalog, owners, family, actions));
  const state = readState(root);
  const outcomes = families.map((plan) => {
    const path = join(root, plan.file);
    const text = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    return mergeFamily(plan, text, state.families[plan.family], decisions);
  });

  const next: StateFile = { about: state.about, families: {} };
  families.forEach((plan, index) => {
    next.families[plan.family] = (outcomes[index] as FamilyOutcome).state;
  });
  const goneFamilies = Object.keys(state.families).filter((family) => !byFamily.has(family));
  for (const family of goneFamilies) next.families[family] = state.families[family] as FamilyState;

  const writes = new Map<string, string>();
  for (const outcome of outcomes) if (outcome.text !== undefined) writes.set(outcome.file, outcome.text);
  const stateText = `${JSON.stringify(next, null, 2)}\n`;
  const statePath = join(root, STATE_FILE);
  if (!existsSync(statePath) || readFileSync(statePath, "utf8") !== stateText)
    writes.set(STATE_FILE, stateText);

  const used = new Set(outcomes.flatMap((outcome) => outcome.resolved));
  const models = new Set(families.flatMap((plan) => [...plan.models.keys()]));
  return {
    families,
    outcomes,
    writes,
    conflicts: outcomes.flatMap((outcome) => outcome.conflicts),
    goneFamilies,
    unused: [...decisions.accept, ...decisions.keep].filter((id) => !used.has(id)),
    counts: {
      families: families.length,
      actions: families.reduce((sum, plan) => sum + plan.actions, 0),
      models: models.size,
      variants: families.reduce((sum, plan) => sum + [...plan.models.values()].flat().length, 0),
      noModelActions: families.reduce((sum, plan) => sum + plan.noModelActions, 0),
      rules: families.reduce((sum, plan) => sum + plan.rulesPlaced.size, 0),
      rulesFolded: families.reduce((sum, plan) => sum + plan.rulesFolded.size, 0),
    },
  };
}

function readState(root: string): StateFile {
  const path = join(root, STATE_FILE);
  const fresh: StateFile = {
    about:
      "What `pnpm import:catalog` last wrote into specs/: a fingerprint per spec location, by family and unit. Do not edit.",
    families: {},
  };
  if (!existsSync(path)) return fresh;
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as StateFile;
    if (typeof parsed !== "object" || parsed === null || typeof parsed.families !== "object")
      throw new Error("no families");
    return { about: fresh.about, families: parsed.families };
  } catch (error) {
    throw new Error(
      `${STATE_FILE} is not a state file the importer wrote (${(error as Error).message}); restore it from git, or delete it to treat every spec as hand-written`,
    );
  }
}

/** Writes every changed file: each to a temporary file first, then all renamed, so a failure leaves no half state. */
export function writeImport(root: string, writes: ReadonlyMap<string, string>): void {
  const staged: [string, string][] = [];
  try {
    for (const [file, text] of writes) {
      const target = join(root, file);
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, text);
      staged.push([temporary, target]);
    }
  } catch (error) {
    for (const [temporary] of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const [temporary, target] of staged) renameSync(temporary, target);
}
