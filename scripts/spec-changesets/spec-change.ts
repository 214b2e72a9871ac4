/** How much a change to a spec moves its package's version. */
export type Bump = "patch" | "minor" | "major";

export const BUMPS: readonly Bump[] = ["patch", "minor", "major"];

/** One change of a package's public surface, as the changelog will list it. */
export interface SpecChange {
  bump: Bump;
  /** What changed, e.g. "price of flux-2-flex-image-to-image (2k): 24¢ → 22¢". */
  summary: string;
  /** The variant the change applies to, when `summary` does not name it. */
  variant?: string;
}

export function highestBump(changes: readonly { bump: Bump }[]): Bump | undefined {
  let highest: Bump | undefined;
  for (const { bump } of changes)
    if (!highest || BUMPS.indexOf(bump) > BUMPS.indexOf(highest)) highest = bump;
  return highest;
}

export function isAtLeast(bump: Bump, required: Bump): boolean {
  return BUMPS.indexOf(bump) >= BUMPS.indexOf(required);
}

/**
 * One line per change, the biggest bumps first. A change shared by several variants (a field of a shared
 * schema) is listed once, naming the variants — or "every variant" when it is all of `variants` — so a
 * changelog does not repeat itself per variant.
 */
export function describeChanges(changes: readonly SpecChange[], variants: readonly string[] = []): string[] {
  const grouped = new Map<string, { bump: Bump; summary: string; variants: string[] }>();
  for (const change of changes) {
    const key = `${change.bump}\n${change.summary}`;
    const entry = grouped.get(key) ?? { bump: change.bump, summary: change.summary, variants: [] };
    if (change.variant && !entry.variants.includes(change.variant)) entry.variants.push(change.variant);
    grouped.set(key, entry);
  }
  return [...grouped.values()]
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => BUMPS.indexOf(b.bump) - BUMPS.indexOf(a.bump) || a.index - b.index)
    .map((entry) => {
      if (entry.variants.length === 0) return entry.summary;
      const every = entry.variants.length > 1 && variants.every((model) => entry.variants.includes(model));
      return `${entry.summary} in ${every ? "every variant" : entry.variants.join(", ")}`;
    });
}
