import type { FamilyModel } from "../../packages/spec/src/index.ts";

/**
 * The notice at the top of every generated file (its first line; in SKILL.md, the front matter's first): where
 * it comes from and that it must not be edited.
 */
export function generatedNotice(family: FamilyModel): string {
  return `Generated from ${family.file} by \`pnpm generate\`. Do not edit: change the spec or the generator.`;
}

/** The notice of files generated from every spec rather than one (the tools' family lists, the provider's model ids). */
export const FOLDER_NOTICE =
  "Generated from specs/ by `pnpm generate`. Do not edit: change a spec or the generator.";

export function codeHeader(family: FamilyModel): string {
  return `// ${generatedNotice(family)}\n`;
}

/** "Flux 2 (Black Forest Labs)": the family's title with its provider, unless the title already starts with it. */
export function titleAndProvider({ title, provider }: FamilyModel): string {
  return title.toLowerCase().startsWith(provider.toLowerCase()) ? title : `${title} (${provider})`;
}

/** JSON string with two-space indentation and a final newline, as formatters write it. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Formats cents as the API's pages do: 14¢, $1.20, and $1.195 for 119.5¢. */
export function formatCents(cents: number): string {
  if (cents < 100) return `${cents}¢`;
  // Dollars with at least two decimals and every one the price has: 119.5¢ is $1.195, never rounded to $1.20.
  const [whole, fraction = ""] = String(Math.round(cents * 1e4) / 1e6).split(".");
  return `$${whole}.${fraction.padEnd(2, "0")}`;
}

/** The field holding a completed task's outputs, and how to read one URL from it, per modality. */
export function outputAccess(modality: string): { field: string; url: string } {
  if (modality === "video") return { field: "videos", url: "videos?.[0]?.url" };
  if (modality === "audio") return { field: "audios", url: "audios?.[0]?.audio_url" };
  if (modality === "text") return { field: "texts", url: "texts?.[0]?.text" };
  return { field: "images", url: "images?.[0]?.url" };
}
