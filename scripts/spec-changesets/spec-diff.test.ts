import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { planSpecReleases, type SpecRelease } from "./plan-spec-releases.ts";
import { renderChangeset } from "./spec-changesets.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Edit = (text: string) => string;

/** Replaces exactly one occurrence, so a fixture that no longer matches the spec fails loudly. */
function replaceOnce(text: string, search: string | RegExp, replacement: string): string {
  const count =
    typeof search === "string"
      ? text.split(search).length - 1
      : (text.match(new RegExp(search.source, `${search.flags}g`)) ?? []).length;
  expect(count, `fixture edit ${String(search)}`).toBe(1);
  return text.replace(search, replacement);
}

/** Flux 2 as it was hand-written (the fixture), alone: the edits below name its text exactly once. */
const FLUX_2 = "scripts/fixtures/catalog-seed/flux-2.yaml";

/**
 * specs/ (one family, Flux 2 unless `source` names another spec, and the shared components) twice: `before`
 * with `edits.before` applied, `after` with both.
 */
function specPair(after: Edit, before: Edit = (text) => text, shared?: Edit, source = FLUX_2) {
  const make = (edit: Edit, editShared?: Edit) => {
    const dir = mkdtempSync(join(tmpdir(), "runapi-spec-diff-"));
    dirs.push(dir);
    cpSync(join(repo, "specs", "_shared"), join(dir, "specs", "_shared"), { recursive: true });
    const spec = join(dir, "specs", basename(source));
    writeFileSync(spec, edit(readFileSync(join(repo, source), "utf8")));
    if (editShared) {
      const common = join(dir, "specs", "_shared", "common.yaml");
      writeFileSync(common, editShared(readFileSync(common, "utf8")));
    }
    return dir;
  };
  return { before: make(before), after: make((text) => after(before(text)), shared) };
}

function releasesOf(after: Edit, before?: Edit, shared?: Edit): SpecRelease[] {
  const pair = specPair(after, before, shared);
  return planSpecReleases(pair.after, pair.before, "the base").releases;
}

function onlyRelease(after: Edit, before?: Edit, shared?: Edit): SpecRelease {
  const releases = releasesOf(after, before, shared);
  expect(releases.map((release) => release.packageName)).toEqual(["@runapi.ai/flux-2"]);
  return releases[0] as SpecRelease;
}

/** The one release that replacing `from` with `to` in specs/_shared/common.yaml (and nothing else) makes. */
const sharedRelease = (from: string, to: string): SpecRelease =>
  onlyRelease(
    (text) => text,
    undefined,
    (text) => replaceOnce(text, from, to),
  );

const ALL = "every variant";
/** flux-2-pro-text-to-image's properties, up to its last one: what follows is added after them. */
const PRO_PROPERTIES =
  /(model: \{ type: string, const: flux-2-pro-text-to-image \}[\s\S]*?callback_url: \{ \$ref: "#\/components\/schemas\/CallbackUrl" \}\n)/;
const addSeed: Edit = (text) =>
  replaceOnce(text, PRO_PROPERTIES, "$1        seed: { type: integer, minimum: 0, maximum: 100 }\n");
/** A cross-field rule on flux-2-pro-text-to-image: when output_resolution is 2k, then `then` (YAML lines). */
const proRule =
  (then: string): Edit =>
  (text) =>
    replaceOnce(
      text,
      PRO_PROPERTIES,
      "$1      allOf:\n        - if:\n            allOf:\n" +
        "              - { properties: { output_resolution: { const: 2k } }, required: [output_resolution] }\n" +
        `          then:\n${then.replace(/^/gm, "            ")}\n`,
    );
const newVariant: Edit = (text) => {
  text = replaceOnce(
    text,
    '                - $ref: "#/components/schemas/Flux2FlexTextToImage"\n',
    '                - $ref: "#/components/schemas/Flux2FlexTextToImage"\n                - $ref: "#/components/schemas/Flux2MaxTextToImage"\n',
  );
  text = replaceOnce(
    text,
    '                  flux-2-flex-text-to-image: "#/components/schemas/Flux2FlexTextToImage"\n',
    '                  flux-2-flex-text-to-image: "#/components/schemas/Flux2FlexTextToImage"\n                  flux-2-max-text-to-image: "#/components/schemas/Flux2MaxTextToImage"\n',
  );
  text = replaceOnce(
    text,
    "                  output_resolution: 2k\n",
    "                  output_resolution: 2k\n              flux-2-max-text-to-image:\n                value: { model: flux-2-max-text-to-image, prompt: A red fox }\n",
  );
  return `${text}    Flux2MaxTextToImage:
      type: object
      title: Flux 2 Max · text to image
      additionalProperties: false
      required: [model, prompt]
      properties:
        model: { type: string, const: flux-2-max-text-to-image }
        prompt: { $ref: "#/components/schemas/Prompt" }
      x-runapi-variant:
        status: active
        task: async
        price: { unit: call, cents: 30 }
`;
};
const removeProTextToImage: Edit = (text) => {
  text = replaceOnce(text, '                - $ref: "#/components/schemas/Flux2ProTextToImage"\n', "");
  text = replaceOnce(
    text,
    '                  flux-2-pro-text-to-image: "#/components/schemas/Flux2ProTextToImage"\n',
    "",
  );
  text = replaceOnce(text, / {14}flux-2-pro-text-to-image:\n {16}value:\n(?: {18}.*\n)+/, "");
  // The linter refuses a variant schema no action names.
  return replaceOnce(text, / {4}Flux2ProTextToImage:\n[\s\S]*?(?= {4}Flux2FlexTextToImage:\n)/, "");
};
const flexImageToImage2k =
  (cents: number): Edit =>
  (text) =>
    replaceOnce(text, /(Flux2FlexImageToImage:[\s\S]*?2k: )24/, `$1${cents}`);

describe("changeset:specs rules: a fixture pair of specs and the bump it must produce", () => {
  it.each<[string, Edit, Edit | undefined, "patch" | "minor" | "major", string[]]>([
    [
      "a new variant",
      newVariant,
      undefined,
      "minor",
      ["new variant flux-2-max-text-to-image (POST /api/v1/flux_2/text_to_image)"],
    ],
    [
      "a new optional field",
      addSeed,
      undefined,
      "minor",
      ["new optional field seed in flux-2-pro-text-to-image"],
    ],
    [
      "a new enum value",
      (text) => replaceOnce(text, "enum: [1k, 2k]", "enum: [1k, 2k, 4k]"),
      undefined,
      "minor",
      [`new value 4k of output_resolution in ${ALL}`],
    ],
    [
      "a price picked by a parameter",
      flexImageToImage2k(22),
      undefined,
      "patch",
      ["price of flux-2-flex-image-to-image (2k): 24¢ → 22¢"],
    ],
    [
      "a price of a dollar or more, to the fraction of a cent",
      (text) => replaceOnce(text, /(Flux2FlexImageToImage:[\s\S]*?2k: )119\.5/, "$1120"),
      flexImageToImage2k(119.5),
      "patch",
      ["price of flux-2-flex-image-to-image (2k): $1.195 → $1.20"],
    ],
    [
      "another server, the client's default origin",
      (text) => replaceOnce(text, "  - url: https://runapi.ai\n", "  - url: https://eu.runapi.ai\n"),
      undefined,
      "minor",
      ["default base URL: https://runapi.ai → https://eu.runapi.ai"],
    ],
    [
      "a base price",
      (text) => replaceOnce(text, /(Flux2ProImageToImage:[\s\S]*?cents: )5,/, "$16,"),
      undefined,
      "patch",
      ["price of flux-2-pro-image-to-image: 5¢ → 6¢"],
    ],
    [
      "a description only",
      (text) =>
        replaceOnce(
          text,
          "description: What to draw, or how to change the source images.",
          "description: What to draw.",
        ),
      undefined,
      "patch",
      ["documentation changed: specs/flux-2.yaml#/components/schemas/Prompt/description"],
    ],
    [
      "an example only",
      (text) => replaceOnce(text, "prompt: A paper-cut fox in a snowy forest", "prompt: A paper-cut owl"),
      undefined,
      "patch",
      [
        "documentation changed: specs/flux-2.yaml#/paths/~1api~1v1~1flux_2~1text_to_image/post/requestBody/content/application~1json/examples/flux-2-flex-text-to-image",
      ],
    ],
    [
      "a removed variant",
      removeProTextToImage,
      undefined,
      "major",
      ["removed variant flux-2-pro-text-to-image"],
    ],
    [
      "a removed enum value",
      (text) =>
        replaceOnce(
          text,
          'enum: ["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"]',
          'enum: ["1:1", "4:3", "3:4", "16:9", "9:16", "3:2"]',
        ),
      undefined,
      "major",
      ["removed value 2:3 of aspect_ratio in flux-2-pro-text-to-image, flux-2-flex-text-to-image"],
    ],
    [
      "a field newly required",
      (text) =>
        replaceOnce(text, /(Flux2ProTextToImage:[\s\S]*?required: \[model, prompt)\]/, "$1, aspect_ratio]"),
      undefined,
      "major",
      ["aspect_ratio is now required in flux-2-pro-text-to-image"],
    ],
    [
      "a new cross-field rule",
      proRule("required: [aspect_ratio]"),
      undefined,
      "major",
      ["aspect_ratio is now required when output_resolution is 2k in flux-2-pro-text-to-image"],
    ],
    [
      "a field forbidden by a rule",
      (text) =>
        replaceOnce(
          text,
          "required: [aspect_ratio]\n",
          "required: [aspect_ratio]\n            not: { anyOf: [{ required: [enable_safety_checker] }] }\n",
        ),
      proRule("required: [aspect_ratio]"),
      "major",
      ["enable_safety_checker is no longer allowed when output_resolution is 2k in flux-2-pro-text-to-image"],
    ],
    [
      "a rule that requires less",
      (text) =>
        replaceOnce(text, "required: [aspect_ratio, enable_safety_checker]", "required: [aspect_ratio]"),
      proRule("required: [aspect_ratio, enable_safety_checker]"),
      "minor",
      [
        "enable_safety_checker is no longer required when output_resolution is 2k in flux-2-pro-text-to-image",
      ],
    ],
    [
      "minLength raised",
      (text) => replaceOnce(text, "minLength: 3", "minLength: 5"),
      undefined,
      "major",
      [`minLength of prompt: 3 → 5 in ${ALL}`],
    ],
    [
      "maxLength lowered",
      (text) => replaceOnce(text, "maxLength: 5000", "maxLength: 4000"),
      undefined,
      "major",
      [`maxLength of prompt: 5000 → 4000 in ${ALL}`],
    ],
    [
      "minItems raised",
      (text) => replaceOnce(text, "minItems: 1", "minItems: 2"),
      // The examples must stay valid: give them two source images on both sides.
      (text) =>
        text.replace(
          /source_image_urls: \["(https:\/\/example\.com\/\w+\.\w+)"\]/g,
          'source_image_urls: ["$1", "$1"]',
        ),
      "major",
      ["minItems of source_image_urls: 1 → 2 in flux-2-pro-image-to-image, flux-2-flex-image-to-image"],
    ],
    [
      "maxItems lowered",
      (text) => replaceOnce(text, "maxItems: 8", "maxItems: 4"),
      undefined,
      "major",
      ["maxItems of source_image_urls: 8 → 4 in flux-2-pro-image-to-image, flux-2-flex-image-to-image"],
    ],
    [
      "minimum raised",
      (text) => replaceOnce(text, "minimum: 0, maximum: 100", "minimum: 1, maximum: 100"),
      addSeed,
      "major",
      ["minimum of seed: 0 → 1 in flux-2-pro-text-to-image"],
    ],
    [
      "maximum lowered",
      (text) => replaceOnce(text, "minimum: 0, maximum: 100", "minimum: 0, maximum: 99"),
      addSeed,
      "major",
      ["maximum of seed: 100 → 99 in flux-2-pro-text-to-image"],
    ],
    [
      "a pattern changed",
      (text) =>
        replaceOnce(
          text,
          'description: An HTTP(S) URL that receives the task JSON when the task ends.\n      pattern: "^https?://"',
          'description: An HTTP(S) URL that receives the task JSON when the task ends.\n      pattern: "^https://"',
        ),
      undefined,
      "major",
      [`pattern of callback_url: ^https?:// → ^https:// in ${ALL}`],
    ],
    [
      "a widened limit",
      (text) => replaceOnce(text, "maxLength: 5000", "maxLength: 10000"),
      undefined,
      "minor",
      [`maxLength of prompt: 5000 → 10000 in ${ALL}`],
    ],
    [
      "a field that no longer takes local files",
      (text) =>
        replaceOnce(
          text,
          '      pattern: "^https?://"\n      x-runapi-file: true\n',
          '      pattern: "^https?://"\n',
        ),
      undefined,
      "major",
      [
        "source_image_urls no longer takes local files in flux-2-pro-image-to-image, flux-2-flex-image-to-image",
      ],
    ],
    [
      "a field that now takes local files",
      (text) =>
        replaceOnce(
          text,
          '      pattern: "^https?://"\n    Flux2ProTextToImage:',
          '      pattern: "^https?://"\n      x-runapi-file: true\n    Flux2ProTextToImage:',
        ),
      (text) =>
        replaceOnce(
          text,
          '      pattern: "^https?://"\n      x-runapi-file: true\n',
          '      pattern: "^https?://"\n',
        ),
      "minor",
      [
        "source_image_urls now takes local files (Blob, File, path) in flux-2-pro-image-to-image, flux-2-flex-image-to-image",
      ],
    ],
    [
      "a variant marked deprecated",
      (text) => replaceOnce(text, /(Flux2FlexTextToImage:[\s\S]*?status: )active/, "$1deprecated"),
      undefined,
      "minor",
      ["flux-2-flex-text-to-image is deprecated"],
    ],
  ])("%s", (_, after, before, bump, reasons) => {
    const release = onlyRelease(after, before);
    expect(release.bump).toBe(bump);
    expect(release.reasons).toEqual(reasons);
  });

  it("a new family is a minor release of the new package, and leaves the others alone", () => {
    const pair = specPair((text) => text);
    const flux2 = readFileSync(join(pair.after, "specs", "flux-2.yaml"), "utf8");
    const flux3 = flux2
      .replaceAll("flux-2", "flux-3")
      .replaceAll("flux_2", "flux_3")
      .replaceAll("Flux 2", "Flux 3")
      .replaceAll("Flux2", "Flux3");
    writeFileSync(join(pair.after, "specs", "flux-3.yaml"), flux3);
    const { releases } = planSpecReleases(pair.after, pair.before, "the base");
    expect(releases.map(({ packageName, bump }) => [packageName, bump])).toEqual([
      ["@runapi.ai/flux-3", "minor"],
    ]);
    expect(releases[0]?.reasons).toEqual([
      "first release of @runapi.ai/flux-3: Flux 3 (Black Forest Labs) with flux-3-pro-text-to-image, flux-3-flex-text-to-image, flux-3-pro-image-to-image, flux-3-flex-image-to-image",
    ]);
  });

  it("a shared component's description is a patch of every family that uses it, named by its file", () => {
    const release = sharedRelease(
      "description: The task id; keep it to resume waiting.",
      "description: The task id.",
    );
    expect(release.bump).toBe("patch");
    expect(release.reasons).toEqual([
      "documentation changed: specs/_shared/common.yaml#/components/schemas/TaskCreated/properties/id/description",
    ]);
  });

  it("a shared response type that changes is a minor release", () => {
    const release = sharedRelease(
      "        completed_at: { type: string }\n",
      "        completed_at: { type: string }\n        seed: { type: integer }\n",
    );
    expect(release.bump).toBe("minor");
    expect(release.reasons).toEqual([
      "parameter or response types of GET /api/v1/flux_2/text_to_image/{id} changed",
      "parameter or response types of GET /api/v1/flux_2/image_to_image/{id} changed",
    ]);
  });

  it("several changes make one release with the highest bump and every reason, biggest first", () => {
    const release = onlyRelease((text) => removeProTextToImage(addSeed(flexImageToImage2k(22)(text))));
    expect(release.bump).toBe("major");
    expect(release.reasons).toEqual([
      "removed variant flux-2-pro-text-to-image",
      "price of flux-2-flex-image-to-image (2k): 24¢ → 22¢",
    ]);
    expect(renderChangeset(release)).toBe(
      [
        "---",
        '"@runapi.ai/flux-2": major',
        "---",
        "",
        "Changes in the Flux 2 API:",
        "",
        "- removed variant flux-2-pro-text-to-image",
        "- price of flux-2-flex-image-to-image (2k): 24¢ → 22¢",
        "",
      ].join("\n"),
    );
  });

  it("an unchanged spec, or one only reformatted, releases nothing", () => {
    expect(releasesOf((text) => text)).toEqual([]);
    expect(
      releasesOf((text) =>
        text.replace("  title: Flux 2\n  version: 1.0.0\n", "  version: 1.0.0\n  title: Flux 2\n"),
      ),
    ).toEqual([]);
  });
});

describe("changeset:specs releases the emulator, which carries the specs it serves", () => {
  it("when the workspace publishes it, and not when it is private or absent", () => {
    const pair = specPair(flexImageToImage2k(22));
    const planned = () =>
      planSpecReleases(pair.after, pair.before, "the base").releases.map(({ packageName, bump }) => [
        packageName,
        bump,
      ]);
    expect(planned()).toEqual([["@runapi.ai/flux-2", "patch"]]);
    const manifest = join(pair.after, "packages", "emulator", "package.json");
    mkdirSync(join(manifest, ".."), { recursive: true });
    writeFileSync(manifest, JSON.stringify({ name: "@runapi.ai/emulator", private: true }));
    expect(planned()).toEqual([["@runapi.ai/flux-2", "patch"]]);
    writeFileSync(manifest, JSON.stringify({ name: "@runapi.ai/emulator" }));
    expect(planned()).toEqual([
      ["@runapi.ai/flux-2", "patch"],
      ["@runapi.ai/emulator", "patch"],
    ]);
  });
});

describe("changeset:specs notes name the endpoint of a model id several actions share (runway)", () => {
  const EXTEND = "runway (POST /api/v1/runway/extend_video)";
  const TEXT = "runway (POST /api/v1/runway/text_to_video)";
  /** The runway family's one release for a copy of specs/runway.yaml edited on both sides. */
  const runwayRelease = (after: Edit, before?: Edit): SpecRelease => {
    const pair = specPair(after, before, undefined, "specs/runway.yaml");
    const { releases } = planSpecReleases(pair.after, pair.before, "the base");
    expect(releases.map((release) => release.packageName)).toEqual(["@runapi.ai/runway"]);
    return releases[0] as SpecRelease;
  };
  /** Replaces the text in both variant schemas. */
  const inBoth = (text: string, search: string, replacement: string) => {
    expect(text.split(search).length - 1, `fixture edit ${search}`).toBe(2);
    return text.replaceAll(search, replacement);
  };
  const removeExtendVideo: Edit = (text) => {
    text = replaceOnce(
      text,
      / {2}\/api\/v1\/runway\/extend_video:\n[\s\S]*?(?= {2}\/api\/v1\/runway\/text_to_video:\n)/,
      "",
    );
    return replaceOnce(text, / {4}RunwayExtendVideo:\n[\s\S]*?(?= {4}RunwayTextToVideo:\n)/, "");
  };

  it.each<[string, Edit, Edit | undefined, "patch" | "minor" | "major", string[]]>([
    ["a removed action", removeExtendVideo, undefined, "major", [`removed variant ${EXTEND}`]],
    [
      "a price picked by a parameter",
      (text) => replaceOnce(text, "720p: 12, 1080p: 30 } } }", "720p: 12, 1080p: 25 } } }"),
      undefined,
      "patch",
      [`price of ${EXTEND} (1080p): 30¢ → 25¢`],
    ],
    [
      "a removed field",
      (text) => replaceOnce(text, /(RunwayExtendVideo:\n[\s\S]*?) {8}watermark: \{ type: string \}\n/, "$1"),
      undefined,
      "major",
      [`removed field watermark in ${EXTEND}`],
    ],
    [
      "a field that no longer takes local files",
      (text) =>
        replaceOnce(
          text,
          "first_frame_image_url: { type: string, x-runapi-file: true }",
          "first_frame_image_url: { type: string }",
        ),
      undefined,
      "major",
      [`first_frame_image_url no longer takes local files in ${TEXT}`],
    ],
    [
      "a variant marked deprecated",
      (text) => replaceOnce(text, /(RunwayTextToVideo:[\s\S]*?status: )active/, "$1deprecated"),
      undefined,
      "minor",
      [`${TEXT} is deprecated`],
    ],
    [
      "a change to every variant is listed once, in every variant",
      (text) => inBoth(text, "watermark: { type: string }", "watermark: { type: string, maxLength: 100 }"),
      undefined,
      "major",
      ["maxLength of watermark: none → 100 in every variant"],
    ],
  ])("%s", (_, after, before, bump, reasons) => {
    const release = runwayRelease(after, before);
    expect(release.bump).toBe(bump);
    expect(release.reasons).toEqual(reasons);
  });
});

describe("changeset:specs notes for every form of price", () => {
  /** Flux 2 Flex image-to-image priced with `before`, then with `after` (each a YAML flow mapping). */
  const flexPrice =
    (price: string): Edit =>
    (text) =>
      replaceOnce(
        text,
        /(Flux2FlexImageToImage:[\s\S]*?)price: \{ unit: call, cents: 14, by: \{ output_resolution: \{ 1k: 14, 2k: 24 \} \} \}/,
        `$1price: ${price}`,
      );
  /** The `after` edit: applied to the spec `before` already priced. */
  const reprice =
    (before: string, after: string): Edit =>
    (text) =>
      replaceOnce(text, `price: ${before}`, `price: ${after}`);
  const perSecond = (k1: number, base = 14, source = "images[0].url") =>
    `{ unit: second, cents: ${base}, by: { output_resolution: { 1k: ${k1}, 2k: 24 } }, duration_source: "${source}" }`;
  const matrix = (cell: number) =>
    `{ unit: call, cents: 30, keys: [output_resolution, enable_safety_checker], matrix: { 1k: { "true": 14, "false": ${cell} }, 2k: { any: 24 } } }`;
  const tokens = (input: number, output: number) =>
    `{ unit: million_tokens, input_cents: ${input}, output_cents: ${output} }`;

  it.each<[string, string, string, string[]]>([
    [
      "a rate per second",
      perSecond(12),
      perSecond(14),
      ["price of flux-2-flex-image-to-image (1k): 12¢ → 14¢ per second"],
    ],
    [
      "the base rate per second",
      perSecond(12, 14),
      perSecond(12, 16),
      ["price of flux-2-flex-image-to-image: 14¢ → 16¢ per second"],
    ],
    [
      "the output a rate is billed by",
      perSecond(12),
      perSecond(12, 14, "videos[0].url"),
      ["price of flux-2-flex-image-to-image: billed by the duration of images[0].url → videos[0].url"],
    ],
    ["a matrix cell", matrix(15), matrix(16), ["price of flux-2-flex-image-to-image (1k, false): 15¢ → 16¢"]],
    [
      "a token rate",
      tokens(140, 2800),
      tokens(150, 2800),
      ["price of flux-2-flex-image-to-image: $1.40 → $1.50 per 1M input tokens"],
    ],
    [
      "a price now published",
      "{ unit: unknown }",
      "{ unit: call, cents: 14 }",
      ["price of flux-2-flex-image-to-image: not published → 14¢ per call"],
    ],
    [
      "a price no longer published",
      "{ unit: call, cents: 0 }",
      "{ unit: unknown }",
      ["price of flux-2-flex-image-to-image: free → not published"],
    ],
    [
      "a price per call that becomes per second",
      "{ unit: call, cents: 14 }",
      '{ unit: second, cents: 3, duration_source: "images[0].url" }',
      ["price of flux-2-flex-image-to-image: 14¢ per call → 3¢ per second of output"],
    ],
    [
      "one deciding field that becomes several",
      "{ unit: call, cents: 15, by: { output_resolution: { 1k: 15, 2k: 24 } } }",
      matrix(15),
      [
        "price of flux-2-flex-image-to-image: 15¢ (output_resolution 1k) · 24¢ (output_resolution 2k) → from 14¢ to 24¢ by output_resolution × enable_safety_checker",
      ],
    ],
  ])("%s is a patch with a note that names it", (_, before, after, reasons) => {
    const release = onlyRelease(reprice(before, after), flexPrice(before));
    expect(release.bump).toBe("patch");
    expect(release.reasons).toEqual(reasons);
  });

  it("a form written again the same way releases nothing", () => {
    const same = (price: string) =>
      releasesOf((text) => replaceOnce(text, `price: ${price}`, `price:   ${price}`), flexPrice(price));
    expect(same(matrix(15))).toEqual([]);
    expect(same("{ unit: unknown }")).toEqual([]);
  });
});
