import { dirname } from "node:path";
import type { InputSchema, PriceRule } from "@runapi.ai/core";
import {
  type LoadedSpec,
  type OutputKind,
  readServedFamily,
  readSpecFolder,
  type ServedAction,
  type ServedFamily,
  SpecError,
} from "@runapi.ai/spec";

export type { OutputKind } from "@runapi.ai/spec";

type Schema = Record<string, unknown>;

/** How a create is answered: a task to poll (async), a 202 with a Location to poll (hybrid), or the result (sync). */
export type TaskMode = "async" | "hybrid" | "sync";

/** One model id of an action (or the one variant of an action that takes no model), with its inlined schema. */
export interface Variant {
  /**
   * The model id the request's `model` selects. An action that takes no model has one variant, named after the
   * action (the key its example uses in the spec); that name is never sent nor answered as a model.
   */
  model: string;
  /** The variant's request schema with every $ref inlined (still carrying `x-runapi-*` annotations). */
  schema: Schema;
  /** The request schema as core's validator takes it: enforced keywords only, cross-field rules included. */
  input: InputSchema;
  status: string;
  task: TaskMode;
  price: PriceRule;
  /**
   * `x-runapi-variant.output`, else the family's `info.x-runapi.modality` when that is an output kind; undefined
   * when neither names one, and a completed task then carries no output.
   */
  output: OutputKind | undefined;
}

/** One `POST /api/v1/<service>/<action>` of a family spec, with the variants its `model` selects. */
export interface Action {
  specFile: string;
  family: string;
  modality: string;
  service: string;
  action: string;
  /** The create path exactly as the spec writes it; task reads live under `<path>/<id>`. */
  path: string;
  /** Whether the spec declares `GET <path>/{id}`. */
  readable: boolean;
  /**
   * False when the request body is one schema without a `model` property: the action's only variant then serves
   * every request, and `variants` holds just that one.
   */
  takesModel: boolean;
  variants: Map<string, Variant>;
}

/** The variant a create request selects: by its `model`, or the only one of an action that takes no model. */
export function variantFor(action: Action, body: unknown): Variant | undefined {
  if (!action.takesModel) return action.variants.values().next().value;
  const model = isObject(body) ? body.model : undefined;
  return typeof model === "string" ? action.variants.get(model) : undefined;
}

const isObject = (value: unknown): value is Schema =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Every action of every `<specsDir>/*.yaml` (shared component files in subfolders are linted, not served), read
 * and linted as the generator reads them, less what only a generated package needs. A spec with a problem stops
 * the start: the error lists every problem of every spec, each with its file, JSON pointer and fix.
 */
export function loadSpecs(specsDir: string): Action[] {
  const { families, problems } = readSpecFolder(specsDir, dirname(specsDir), readServedFamily);
  if (problems.length > 0) throw new SpecError(problems);
  return families.flatMap(({ spec, family }) =>
    family.actions.map((action) => toAction(spec, family, action)),
  );
}

function toAction(spec: LoadedSpec, family: ServedFamily, action: ServedAction): Action {
  const variants = new Map<string, Variant>();
  for (const variant of action.variants) {
    variants.set(variant.model, {
      model: variant.model,
      schema: spec.inline({ $ref: `#/components/schemas/${variant.schemaName}` }) as Schema,
      input: variant.input,
      status: variant.status,
      task: variant.task,
      price: variant.price,
      output: variant.output,
    });
  }
  return {
    specFile: spec.path,
    family: family.family,
    modality: family.modality,
    service: action.path.split("/").at(-2) ?? "",
    action: action.name,
    path: action.path,
    readable: action.readable,
    takesModel: action.variants.every((variant) => variant.takesModel),
    variants,
  };
}
