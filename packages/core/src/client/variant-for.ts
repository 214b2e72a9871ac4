import { actionProperty } from "../catalog/action-property.js";
import type { Variant } from "../catalog/catalog.js";
import { ValidationError } from "../errors/error-ladder.js";

/** The property an action is reached by: `client.textToImage`. */
const property = (variant: Variant) => `client.${actionProperty(variant.action)}`;

/**
 * The variant `source` (parameters or a task) names by its `model`, within `action` (the argument's, else
 * the source's own) when given. An action that takes no model has one variant, whatever the source says.
 */
export function variantFor(variants: readonly Variant[], source: unknown, action?: string): Variant {
  const { model, action: own } = (source ?? {}) as { model?: unknown; action?: unknown };
  const within = action ?? (typeof own === "string" ? own : undefined);
  const candidates = variants.filter((variant) => within === undefined || variant.action === within);
  // An action without a model is reached through its own property only, never by leaving `model` out.
  const found = candidates.filter((variant) =>
    within ? !variant.model || variant.model === model : model !== undefined && variant.model === model,
  );
  if (found.length === 1) return found[0] as Variant;
  if (found[1]) {
    const actions = found.map(property).join(", ");
    throw new ValidationError([
      {
        path: "model",
        message: `model ${model} belongs to several actions: call it through one of ${actions}`,
      },
    ]);
  }
  // The API's words for a model it lacks or one left out: the ids this call takes, sorted (an action without a
  // model has none to list, and is pointed to instead when the model is left out).
  const ids = [...new Set(candidates.map((variant) => variant.model))].filter(Boolean).sort();
  const without = model === undefined ? candidates.filter((variant) => !variant.model).map(property) : [];
  const instead =
    without.length > 0 ? `; or call an action that takes none through ${without.join(", ")}` : "";
  throw new ValidationError([
    { path: "model", message: `model must be one of: ${ids.join(", ")}${instead}` },
  ]);
}

/**
 * The variant a task is read through: within an action, its id is enough (its variants share a path). Read
 * by id alone through the client itself, which cannot tell the endpoint, it asks for the model.
 */
export function variantToRead(variants: readonly Variant[], ref: unknown, action?: string): Variant {
  const { model, action: own } = (ref ?? {}) as { model?: unknown; action?: unknown };
  if (model === undefined && (action ?? own) === undefined) throw modelToRead(variants);
  const first = variants.find((variant) => variant.action === action);
  return model === undefined && first ? first : variantFor(variants, ref, action);
}

/** The models of tasks to read, and the properties of the actions without a model, whose tasks are read there. */
function modelToRead(variants: readonly Variant[]): ValidationError {
  const reads = variants.filter((variant) => variant.task !== "sync");
  const listed = (names: (string | undefined)[]) => [...new Set(names.filter(Boolean))].sort().join(", ");
  const models = listed(reads.map((variant) => variant.model));
  const without = listed(reads.filter((variant) => variant.model === undefined).map(property));
  return new ValidationError([
    {
      path: "model",
      message: `model is required to read a task by its id: pass the task create() answered, or the id with { model }, one of: ${models}${
        without ? `; a task of an action without a model is read through ${without}` : ""
      }`,
    },
  ]);
}
