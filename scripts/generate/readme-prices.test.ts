/** The README's price table, rendered from the toy-prices fixture (every price form of the spec format). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fixture } from "../../packages/spec/test/support/spec-folder.ts";
import { renderReadme } from "./render-readme.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));

describe("the README's price table", () => {
  const readme = renderReadme(fixture("toy-prices").family);
  const cell = (model: string) =>
    readme
      .split("\n")
      .find((line) => line.startsWith(`| \`${model}\` |`))
      ?.split(" | ")[2];

  it("renders every form readably", () => {
    expect(readme).toContain("| Model | Endpoint | Price | Status | Task |");
    expect(
      Object.fromEntries(
        [
          "flat",
          "free",
          "by",
          "bool",
          "band",
          "matrix",
          "deep",
          "second",
          "second-flat",
          "second-matrix",
          "tokens",
          "unknown",
        ].map((name) => [name, cell(`toy-${name}`)]),
      ),
    ).toEqual({
      flat: "14¢",
      free: "free",
      by: "1.6¢ (output_resolution 480p) · 3¢ (output_resolution 720p) · 30¢ otherwise",
      bool: "60¢ (enable_sound true) · 45¢ (enable_sound false)",
      band: "18¢ (duration_seconds 1-10) · 45¢ (duration_seconds 11-20) · 75¢ (duration_seconds 21-30)",
      matrix: "from 22.5¢ to 45¢ by duration_seconds × output_resolution",
      deep: "from $1.20 to $3.00 by input_mode × duration_seconds × output_resolution",
      second:
        "per second of output: 28¢ (output_resolution 720p) · 48¢ (output_resolution 1080p) · 48¢ otherwise",
      "second-flat": "20¢ per second of output",
      "second-matrix": "per second of output: from 5¢ to 12¢ by enable_sound × output_resolution",
      tokens: "$1.40 / 1M input tokens, $28.00 / 1M output tokens",
      unknown: "not published",
    });
  });

  it("says how to read each unit the family uses", () => {
    expect(readme).toContain(
      "A price per second of output is multiplied by the duration of the generated output",
    );
    expect(readme).toContain("Token prices are per million tokens of input and of output");
    expect(readme).toContain("“not published” means the spec carries no price");
    expect(readme).not.toContain("Prices are in US cents per call;");
  });

  it("lays every matrix out as a table, missing combinations marked and priced", () => {
    const section = readme.slice(readme.indexOf("### `toy-deep`"), readme.indexOf("### `toy-second-matrix`"));
    expect(section.trim().split("\n")).toEqual([
      "### `toy-deep`",
      "",
      "Per call, by input_mode and duration_seconds (rows) and output_resolution (columns); `any` matches every value.",
      "",
      "| input_mode · duration_seconds | 720p | 1080p |",
      "|---|---|---|",
      "| generated · 6 | $1.20 | $1.50 |",
      "| generated · 10 | $1.80 | $2.10 |",
      "| video · any | $2.40 | $3.00 |",
      "",
      "Any other combination: $3.60.",
    ]);
    expect(readme).toContain("| 10 | 45¢ | — |");
    expect(readme).toContain("Any other combination: 10¢ per second.");
  });

  it("keeps the short form for a family priced per call by one field (GPT Image 2), the long one otherwise", () => {
    const short = readFileSync(join(repo, "packages/gpt-image-2/README.md"), "utf8");
    expect(short).toContain("| Model | Endpoint | Price per call | Status | Task |");
    expect(short).toContain(
      "| 6¢ (output_resolution 1k) · 10¢ (output_resolution 2k) · 16¢ (output_resolution 4k) |",
    );
    expect(short).toContain("Prices are in US cents per call; failed generations are not charged.");
    expect(short).not.toContain("## Prices by several parameters");
    // Flux 2's catalog variants include unpublished prices, so its table says "Price" and explains them.
    const flux = readFileSync(join(repo, "packages/flux-2/README.md"), "utf8");
    expect(flux).toContain("| Model | Endpoint | Price | Status | Task |");
    expect(flux).toContain("| 5¢ (output_resolution 1k) · 7¢ (output_resolution 2k) |");
    expect(flux).toContain("“not published” means the spec carries no price");
  });
});
