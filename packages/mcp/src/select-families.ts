import { type FamilyEntry, families } from "@runapi.ai/families";

/** The environment variable that keeps the tool list to some families, as `--families` does. */
export const FAMILIES_ENV = "RUNAPI_MCP_FAMILIES";

/**
 * The families to serve, by slug: those `--families a,b` (or `--families=a,b`) names, else those
 * `RUNAPI_MCP_FAMILIES` names, else every family. An unknown slug is refused naming the known ones.
 */
export function selectFamilies(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): [string, FamilyEntry][] {
  const flag = argv.findIndex((arg) => arg === "--families" || arg.startsWith("--families="));
  const listed =
    flag === -1 ? env[FAMILIES_ENV] : argv[flag]?.includes("=") ? argv[flag]?.split("=")[1] : argv[flag + 1];
  if (flag !== -1 && !listed?.trim()) {
    throw new Error("--families takes a comma-separated list of families, e.g. --families flux-2,kling");
  }
  const slugs = listed?.trim()
    ? listed
        .split(",")
        .map((slug) => slug.trim())
        .filter(Boolean)
    : Object.keys(families);
  const unknown = slugs.filter((slug) => !Object.hasOwn(families, slug));
  if (unknown.length > 0) {
    throw new Error(
      `unknown famil${unknown.length === 1 ? "y" : "ies"} ${unknown.join(", ")}: use some of ${Object.keys(families).join(", ")}`,
    );
  }
  return [...new Set(slugs)].map((slug) => [slug, families[slug] as FamilyEntry]);
}
