import type { InputSchema, PriceRule, TaskKind, VariantStatus } from "../../core/src/index.js";

/** Everything the generator needs from one spec, after linting. */
export interface FamilyModel {
  /** The spec file, relative to the repository root. */
  file: string;
  /** Kebab-case family slug, also the spec's file name: `flux-2`. */
  family: string;
  /** npm package name: `@runapi.ai/flux-2`. */
  packageName: string;
  /** PascalCase name for types: `Flux2`. */
  typeName: string;
  title: string;
  description: string;
  provider: string;
  modality: string;
  baseURL: string;
  actions: ActionModel[];
}

export interface ActionModel {
  /** snake_case action name: `image_to_image`. */
  name: string;
  /** Create endpoint: `/api/v1/flux_2/image_to_image`. */
  path: string;
  createOperationId: string;
  getOperationId: string | undefined;
  variants: VariantModel[];
}

export interface VariantModel {
  /** The model id; for an action that takes no model, the action's name (and `takesModel` is false). */
  model: string;
  /** False for the one variant of an action whose requests carry no `model`. */
  takesModel: boolean;
  /** What a finished task holds: images, videos, audios or texts (`x-runapi-variant.output`, else the family's modality). */
  output: OutputKind;
  /** The variant's schema name under components/schemas. */
  schemaName: string;
  title: string;
  status: VariantStatus;
  task: TaskKind;
  price: PriceRule;
  /** The request schema, references inlined, reduced to the keywords the validators enforce. */
  input: InputSchema;
  /** The spec's example request for this variant. */
  example: Record<string, unknown>;
}

/**
 * A family as a server answering its requests reads it (the emulator): its actions and variants exactly as a
 * generated package has them, without what only a package needs (base URL, operation ids, example requests).
 */
export interface ServedFamily {
  /** The spec file, relative to the root it was loaded with. */
  file: string;
  family: string;
  /** `info.x-runapi.modality`; a server accepts any word here, and a variant then outputs nothing by default. */
  modality: string;
  actions: ServedAction[];
}

export interface ServedAction {
  /** snake_case action name: `image_to_image`. */
  name: string;
  /** Create endpoint: `/api/v1/flux_2/image_to_image`. */
  path: string;
  /** Whether the spec declares `GET <path>/{id}`, where a task of this action is read. */
  readable: boolean;
  variants: ServedVariant[];
}

export interface ServedVariant extends Omit<VariantModel, "output" | "example"> {
  /** `x-runapi-variant.output`, else the family's modality when that names an output kind; else nothing. */
  output: OutputKind | undefined;
}

export const VARIANT_STATUSES: readonly VariantStatus[] = ["active", "maintenance", "deprecated"];
export const TASK_KINDS: readonly TaskKind[] = ["async", "sync", "hybrid"];
export const MODALITIES = ["image", "video", "audio", "text"] as const;
/** What a completed task carries: `images: [{url}]`, `videos: [{url}]`, `audios: [{audio_url}]`, `texts: [{text}]`. */
export type OutputKind = (typeof MODALITIES)[number];

/** The JSON Schema keywords the SDK's validator and the emulator both enforce. */
export const ENFORCED_KEYWORDS = [
  "type",
  "enum",
  "const",
  "default",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
  "pattern",
  "items",
  "properties",
  "required",
  "additionalProperties",
] as const;

/** Keywords that document a schema without constraining it. */
export const DOCUMENTATION_KEYWORDS = ["title", "description", "examples", "example", "deprecated", "format"];
