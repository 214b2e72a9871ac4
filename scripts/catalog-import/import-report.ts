import type { Unit } from "./family-spec.ts";
import type { ImportResult } from "./import-families.ts";

const KINDS = ["family", "action", "variant"] as const;
const kindOf = (id: string) => KINDS.find((kind) => id === kind || id.startsWith(`${kind}:`)) ?? "variant";

function byKind(units: Unit[]): string {
  const counts = KINDS.map((kind) => units.filter((unit) => kindOf(unit.id) === kind).length);
  return `${counts[0]} family header(s), ${counts[1]} action(s), ${counts[2]} variant(s)`;
}

const show = (value: unknown) => (value === undefined ? "(absent)" : JSON.stringify(value));

/** The run's summary, then every conflict with both values and the commands that settle it. */
export function importReport(result: ImportResult, check: boolean): string[] {
  const { counts } = result;
  const lines = [
    `Catalog: ${counts.families} families, ${counts.actions} actions, ${counts.models} models ` +
      `(${counts.variants} model×action variants, ${counts.noModelActions} actions without a model), ` +
      `${counts.rules} rules placed (${counts.rulesFolded} folded into their model's schema).`,
  ];
  const added = result.outcomes.flatMap((outcome) => outcome.unitsAdded);
  const changed = result.outcomes.flatMap((outcome) => outcome.unitsChanged);
  const sum = (pick: (outcome: ImportResult["outcomes"][number]) => number) =>
    result.outcomes.reduce((total, outcome) => total + pick(outcome), 0);
  const verb = check ? "would be" : "";
  lines.push(
    `Specs: ${result.outcomes.filter((outcome) => outcome.created && outcome.text).length} new, ` +
      `${result.outcomes.filter((outcome) => !outcome.created && outcome.text).length} updated, ` +
      `${result.outcomes.filter((outcome) => !outcome.text).length} unchanged.`,
    `Added${verb ? ` (${verb})` : ""}: ${byKind(added)}; changed: ${byKind(changed)}.`,
    `Locations: ${sum((o) => o.added)} added, ${sum((o) => o.changed)} changed by the data, ` +
      `${sum((o) => o.removed)} removed with the data, ${sum((o) => o.adopted)} adopted as hand-written, ` +
      `${result.conflicts.length} conflict(s).`,
  );
  for (const [file] of result.writes) lines.push(`  ${check ? "would write" : "wrote"} ${file}`);
  for (const outcome of result.outcomes)
    for (const id of outcome.gone)
      lines.push(
        `  gone from the data: ${id} in ${outcome.file} (left in the spec; delete it by hand if it is retired)`,
      );
  for (const outcome of result.outcomes)
    if (outcome.deleted)
      lines.push(
        `  ${outcome.file} was imported before and has been deleted: left deleted (to import it afresh, remove its family from specs/_catalog/imported.json)`,
      );
  for (const family of result.goneFamilies)
    lines.push(`  gone from the data: family ${family} (specs/${family}.yaml left as is)`);
  for (const id of result.unused)
    lines.push(`  note: ${id} matched no conflict; nothing to accept or keep there`);
  const notes = result.families.flatMap((plan) => plan.notes.map((note) => `  ${plan.family} ${note}`));
  if (notes.length > 0) lines.push(`Price notes (${notes.length}):`, ...notes);
  if (result.conflicts.length > 0) {
    lines.push(
      "",
      `${result.conflicts.length} hand-edited location(s) where the data changed; nothing was written there:`,
    );
    for (const conflict of result.conflicts) {
      const id = `${conflict.file}#${conflict.pointer}`;
      lines.push(
        `  ${id}`,
        `    spec: ${show(conflict.spec)}`,
        `    data: ${show(conflict.data)}`,
        `    take the data: pnpm import:catalog --accept '${id}'`,
        `    keep the spec: pnpm import:catalog --keep '${id}'`,
      );
    }
  }
  return lines;
}
