import type { VariantModel } from "../../spec/src/index.ts";
import { atLimits, pastLimits, wrongTypes } from "./field-edges.ts";

/** A request to validate, with a label that names it in a failure's message. */
export interface EdgeRequest {
  label: string;
  body: Record<string, unknown>;
}

/**
 * Requests for one variant that reach every constraint of every field: its example; each field at each of its
 * limits, just past them, of a wrong type and null; each required field left out; an unknown field; and, where
 * the action takes a model, a model it does not have, one of the wrong type, and none.
 */
export function edgeRequests({ example, input, takesModel }: VariantModel): EdgeRequest[] {
  const requests: EdgeRequest[] = [{ label: "the example", body: example }];
  for (const [field, schema] of Object.entries(input.properties ?? {})) {
    if (field === "model") continue;
    for (const value of [...atLimits(schema), ...wrongTypes(schema), ...pastLimits(schema)]) {
      requests.push({ label: `${field} = ${shown(value)}`, body: { ...example, [field]: value } });
    }
  }
  for (const field of input.required ?? []) {
    if (field === "model") continue;
    const { [field]: _left, ...without } = example;
    requests.push({ label: `${field} left out`, body: without });
  }
  requests.push({ label: "an unknown field", body: { ...example, not_a_parameter: true } });
  if (takesModel) {
    for (const model of ["not-a-model", 7]) {
      requests.push({ label: `model = ${shown(model)}`, body: { ...example, model } });
    }
    const { model: _model, ...without } = example;
    requests.push({ label: "model left out", body: without });
  }
  return requests;
}

/** A value as a failure's message shows it: JSON, long strings cut short. */
function shown(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 40)}… (${text.length} characters)` : text;
}
