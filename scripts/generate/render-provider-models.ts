import type { ActionModel, FamilyModel, VariantModel } from "../../packages/spec/src/index.ts";
import { FOLDER_NOTICE } from "../shared/header.ts";

/** The AI SDK provider's folder under packages/; its model ids follow specs/ when it exists. */
export const PROVIDER_PACKAGE = "ai-sdk-provider";

/**
 * The AI SDK model kinds the provider offers and which variants each takes: an image model for every variant
 * whose outputs are images, a video model for every one whose outputs are videos; a speech model for every
 * text-to-speech variant (audio out of a `text` field); a transcription model for every speech-to-text variant
 * (text out of an audio file).
 */
const KINDS = {
  image: (_action: ActionModel, variant: VariantModel) => variant.output === "image",
  video: (_action: ActionModel, variant: VariantModel) => variant.output === "video",
  speech: (action: ActionModel, variant: VariantModel) =>
    variant.output === "audio" &&
    action.name === "text_to_speech" &&
    "text" in (variant.input.properties ?? {}),
  transcription: (action: ActionModel, variant: VariantModel) =>
    variant.output === "text" &&
    action.name === "speech_to_text" &&
    Object.values(variant.input.properties ?? {}).some((field) => field.file),
} as const;
type Kind = keyof typeof KINDS;

/** The id a variant is reached by: its model id, or `<family>/<action>` for an action that takes no model. */
export function providerModelId(family: FamilyModel, action: ActionModel, variant: VariantModel): string {
  return variant.takesModel ? variant.model : `${family.family}/${action.name}`;
}

/** Per kind, each model id with the variants it names (one model id may be several actions of its family). */
function routesByKind(families: readonly FamilyModel[]) {
  const kinds = Object.fromEntries(Object.keys(KINDS).map((kind) => [kind, new Map()])) as Record<
    Kind,
    Map<string, { family: string; action: string; model?: string }[]>
  >;
  for (const family of families) {
    for (const action of family.actions) {
      for (const variant of action.variants) {
        for (const kind of Object.keys(KINDS) as Kind[]) {
          if (!KINDS[kind](action, variant)) continue;
          const id = providerModelId(family, action, variant);
          const route = variant.takesModel
            ? { family: family.family, action: action.name, model: variant.model }
            : { family: family.family, action: action.name };
          kinds[kind].set(id, [...(kinds[kind].get(id) ?? []), route]);
        }
      }
    }
  }
  return kinds;
}

const TYPE_NAMES: Record<Kind, string> = {
  image: "RunAPIImageModelId",
  video: "RunAPIVideoModelId",
  speech: "RunAPISpeechModelId",
  transcription: "RunAPITranscriptionModelId",
};

/**
 * `src/generated/models.ts`: per kind, the model ids as a union type (an editor completes them; `string & {}`
 * still takes an id newer than the package) and the table routing each id to its family and action. The
 * families' packages are reached through `@runapi.ai/families`.
 */
export function renderProviderModels(families: readonly FamilyModel[]): string {
  const kinds = routesByKind(families);
  const parts: string[] = [];
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const ids = [...kinds[kind].keys()].sort();
    parts.push(
      `/** Every RunAPI ${kind} model id in specs/; any other string is taken too, for a model newer than this package. */\n` +
        `export type ${TYPE_NAMES[kind]} =\n${ids.map((id) => `  | ${JSON.stringify(id)}\n`).join("")}  | (string & {});\n`,
      `/** Each ${kind} model id with the family and action of every variant it names. */\n` +
        `export const ${kind}Models: ModelTable = {\n${ids
          .map((id) => `  ${JSON.stringify(id)}: ${JSON.stringify(kinds[kind].get(id))},\n`)
          .join("")}};\n`,
    );
  }
  return `// ${FOLDER_NOTICE}\nimport type { ModelTable } from "../model-table.js";\n\n${parts.join("\n")}`;
}

/** Every file of the provider's package that comes from the specs, by path inside the package. */
export function renderProviderFiles(families: readonly FamilyModel[]): [string, string][] {
  return [["src/generated/models.ts", renderProviderModels(families)]];
}
