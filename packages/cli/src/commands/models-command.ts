import { families, variantHelp } from "@runapi.ai/families";
import type { Command } from "commander";
import { loadFamily } from "../load-family.js";

/** `runapi models [family]`: every variant with its action, price and status, from the specs. */
export function addModelsCommand(program: Command): void {
  program
    .command("models")
    .argument("[family]", "one family (default: every one)")
    .description("list the variants of a family (or of every family) with action, price and status")
    .option("--json", "print the list as JSON on stdout")
    .action(async (slug: string | undefined, values: { json?: boolean }) => {
      const slugs = slug !== undefined ? [slug] : Object.keys(families);
      const rows: {
        family: string;
        model: string | null;
        action: string;
        price: string;
        status: string;
        task: string;
      }[] = [];
      for (const name of slugs) {
        const { family, help } = await loadFamily(name);
        for (const variant of family.catalog.variants) {
          rows.push({
            family: name,
            model: variant.model ?? null,
            action: variant.action,
            price: variantHelp(help, variant)?.price ?? "not published",
            status: variant.status,
            task: variant.task,
          });
        }
      }
      if (values.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const table = [
        ["FAMILY", "MODEL", "ACTION", "PRICE", "STATUS"],
        ...rows.map((row) => [row.family, row.model ?? "-", row.action, row.price, row.status]),
      ];
      const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
      const lines = table.map((cells) =>
        cells
          .map((cell, column) => cell.padEnd(widths[column]!))
          .join("  ")
          .trimEnd(),
      );
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}
