import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readFamily, readSpecFolder } from "../../packages/spec/src/index.ts";
import { repositoryCopies } from "../shared/repository-copies.ts";
import { generatePackages } from "./generate-packages.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const copyOfRepo = repositoryCopies();
const { families } = readSpecFolder(join(repo, "specs"), repo, (spec) => readFamily(spec));

/** A SKILL.md's front matter, parsed as YAML, and the Markdown after it. */
function skillOf(family: string): { meta: Record<string, unknown>; body: string } {
  const text = readFileSync(join(repo, "packages", family, "SKILL.md"), "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`packages/${family}/SKILL.md does not open with --- front matter ---`);
  return { meta: parse(match[1] as string), body: match[2] as string };
}

/** The README's variant rows as `model id endpoint → price` (a model id may serve several actions), worded as the README words them. */
function readmePrices(family: string): Map<string, string> {
  const readme = readFileSync(join(repo, "packages", family, "README.md"), "utf8");
  const rows = [...readme.matchAll(/^\| `([^`]+)` \| `POST ([^`]+)` \| (.+?) \| \w+ \| \w+ \|$/gm)];
  return new Map(rows.map((row) => [`${row[1]} ${row[2]}`, row[3] as string]));
}

describe("every family's SKILL.md", () => {
  it("opens with the front matter of a skill: its name and a description of one or two sentences", () => {
    expect(families.length).toBeGreaterThan(30);
    for (const { family } of families) {
      const { meta } = skillOf(family.family);
      expect(Object.keys(meta), family.family).toEqual(["name", "description"]);
      expect(meta.name).toBe(`runapi-${family.family}`);
      expect(meta.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const description = meta.description as string;
      expect(description.length, family.family).toBeLessThanOrEqual(1024);
      expect(description.match(/\.(\s|$)/g)?.length, description).toBeLessThanOrEqual(2);
      expect(description).toContain(family.packageName);
    }
  });

  it("has a section per action with each variant at the README's price, a TypeScript call and a command", () => {
    for (const { family } of families) {
      const { body } = skillOf(family.family);
      const prices = readmePrices(family.family);
      for (const action of family.actions) {
        const start = body.indexOf(`\n## ${action.name}\n`);
        expect(start, `${family.family}: ${action.name}`).toBeGreaterThan(0);
        const section = body.slice(start, body.indexOf("\n## ", start + 1));
        for (const variant of action.variants.filter((each) => each.takesModel)) {
          const row = section.split("\n").find((line) => line.startsWith(`| \`${variant.model}\` |`));
          expect(row, `${family.family}: ${variant.model}`).toBeDefined();
          expect(row).toContain(` | ${prices.get(`${variant.model} ${action.path}`)} | `);
        }
        expect(section.match(/^```ts$/gm), `${family.family}: ${action.name}`).toHaveLength(1);
        expect(section).toContain(`import { RunAPI } from "${family.packageName}";`);
        expect(section).toContain("new RunAPI(process.env.RUNAPI_KEY)");
        const command = /^```sh\n(runapi .*)\n```$/m.exec(section)?.[1];
        expect(command, `${family.family}: ${action.name}`).toMatch(
          new RegExp(`^runapi ${family.family} ${action.name.replace(/_/g, "-")} .*--wait`),
        );
        // Fields are --kebab-case flags.
        expect(command).not.toMatch(/ --\w*_/);
      }
    }
  });

  it("has command lines a shell splits into the example's fields, one flag per field or array item", () => {
    const expected: string[][] = [];
    const lines: string[] = [];
    for (const { family } of families) {
      const { body } = skillOf(family.family);
      lines.push(...[...body.matchAll(/^```sh\n(runapi .*)\n```$/gm)].map((match) => match[1] as string));
      for (const action of family.actions) {
        const variant = action.variants.find((each) => each.status === "active") ?? action.variants[0];
        if (!variant) continue;
        const flags = Object.entries(variant.example)
          .filter(([field]) => field !== "model")
          .flatMap(([field, value]) =>
            (Array.isArray(value) ? value : [value]).flatMap((item) => [
              `--${field.replace(/_/g, "-")}`,
              typeof item === "string" ? item : JSON.stringify(item),
            ]),
          );
        expected.push([
          family.family,
          action.name.replace(/_/g, "-"),
          ...(variant.takesModel ? ["--model", variant.model] : []),
          ...flags,
          "--wait",
          ...(variant.output === "text" ? [] : ["--out", "out"]),
        ]);
      }
    }
    // Every line through one bash, where `runapi` prints its arguments, each ended by a NUL, then a lone \x01.
    const script = `runapi() { printf '%s\\0' "$@" $'\\x01'; }\n${lines.join("\n")}\n`;
    const output = execFileSync("bash", ["-c", script], { encoding: "utf8" });
    const parsed = output
      .split("\x01\0")
      .slice(0, -1)
      .map((args) => args.split("\0").slice(0, -1));
    expect(parsed).toEqual(expected);
  });
});

describe("SKILL.md is generated", () => {
  it("so a hand edit is drift: --check names it and writes nothing, and pnpm generate puts it back", async () => {
    const dir = copyOfRepo();
    const path = join(dir, "packages/flux-2/SKILL.md");
    const generated = readFileSync(path, "utf8");
    writeFileSync(path, generated.replace("## text_to_image", "## text_to_image (edited)"));
    const { changed } = await generatePackages(dir, { check: true });
    expect(changed).toEqual(["packages/flux-2/SKILL.md"]);
    expect(readFileSync(path, "utf8")).toContain("(edited)");
    await generatePackages(dir);
    expect(readFileSync(path, "utf8")).toBe(generated);
  });

  it("and published: package.json lists it in files", () => {
    for (const { family } of families) {
      const manifest = JSON.parse(
        readFileSync(join(repo, "packages", family.family, "package.json"), "utf8"),
      );
      expect(manifest.files, family.family).toContain("SKILL.md");
    }
  });
});
