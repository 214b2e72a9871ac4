import { type ValidationIssue, validateInput } from "@runapi.ai/core";
import { isObject } from "../http/is-object.js";
import { type Action, type Variant, variantFor } from "../spec/load-specs.js";

export type CreateValidation = { ok: true; variant: Variant } | { ok: false; problems: ValidationIssue[] };

/**
 * Picks the variant a create selects by its `model`, then checks the body with core's validator, the one the
 * SDK runs before sending, so both word and order every problem alike. Only the API's own checks: like the API,
 * the emulator takes a value of another JSON type, a field the spec does not name or a URL without a scheme
 * when nothing it checks refuses them (the SDK's `strict` checks are the SDK's).
 */
export function validateCreate(action: Action, body: unknown): CreateValidation {
  const variant = variantFor(action, body);
  if (!variant) {
    const ids = [...action.variants.keys()].sort();
    return { ok: false, problems: [{ path: "model", message: `model must be one of: ${ids.join(", ")}` }] };
  }
  // Only an action without a model gets here with a body that is not an object: it selects its variant alone.
  if (!isObject(body)) return { ok: false, problems: [{ path: "", message: "body must be an object" }] };
  // An action without a model names none: "x is not allowed", as the SDK says it.
  const problems = validateInput(variant.input, body, action.takesModel ? variant.model : undefined, {
    strict: false,
  });
  return problems.length === 0 ? { ok: true, variant } : { ok: false, problems };
}
