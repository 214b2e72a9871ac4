import { ValidationError } from "@runapi.ai/core";
import { type FamilyHelp, type FamilyModule, families } from "@runapi.ai/families";

/** A family's package and help, by its slug; an unknown slug is refused naming the known ones. */
export async function loadFamily(slug: string): Promise<{ family: FamilyModule; help: FamilyHelp }> {
  const entry = Object.hasOwn(families, slug) ? families[slug] : undefined;
  if (!entry) {
    throw new ValidationError([
      {
        path: "family",
        message: `family ${slug} is not known: use one of ${Object.keys(families).join(", ")} (runapi models lists them)`,
      },
    ]);
  }
  const [family, { help }] = await Promise.all([entry.load(), entry.help()]);
  return { family, help };
}
