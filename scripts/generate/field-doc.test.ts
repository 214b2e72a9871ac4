import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { generatedPackageDirs } from "../shared/generated-packages.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const source = join(repo, "scripts/generate/hover-sample.ts");

// Calls as a new user writes them, against the generated packages' sources; `/*name*/` marks a field to hover.
const SAMPLE = `import { RunAPI as FishAudio } from "../../packages/fish-audio/src/index.js";
import { RunAPI as Flux2 } from "../../packages/flux-2/src/index.js";
import { RunAPI as Pixverse } from "../../packages/pixverse/src/index.js";

await new Flux2().create({
  /*flux-model*/model: "flux-2-pro-text-to-image",
  /*flux-prompt*/prompt: "A lighthouse on a cliff at dawn",
  /*flux-aspect_ratio*/aspect_ratio: "16:9",
  /*flux-output_resolution*/output_resolution: "2k",
  /*flux-enable_safety_checker*/enable_safety_checker: true,
});
await new Flux2().create({
  model: "flux-2-pro-image-to-image",
  prompt: "The same scene at night",
  /*flux-source_image_urls*/source_image_urls: ["https://example.com/source.png"],
});
await new Pixverse().textToVideo.run({
  /*pixverse-model*/model: "pixverse-v6",
  /*pixverse-prompt*/prompt: "A paper boat on a stream",
  /*pixverse-duration_seconds*/duration_seconds: 8,
  /*pixverse-output_resolution*/output_resolution: "1080p",
  /*pixverse-aspect_ratio*/aspect_ratio: "9:16",
  /*pixverse-seed*/seed: 42,
});
await new FishAudio().textToSpeech.create({
  /*fish-model*/model: "s1",
  text: "Hello",
  /*fish-output_format*/output_format: "wav",
  /*fish-sample_rate_hz*/sample_rate_hz: 24000,
  references: [{ /*fish-references-text*/text: "Hi", audio: "AAAA" }],
});
`;

/** A language service over SAMPLE alone, with core read from its sources as the packages' own builds read it. */
function languageService(): ts.LanguageService {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    paths: {
      "@runapi.ai/core": [join(repo, "packages/core/src/index.ts")],
      "@runapi.ai/core/node": [join(repo, "packages/core/src/node.ts")],
    },
  };
  const read = (file: string) => (file === source ? SAMPLE : ts.sys.readFile(file));
  return ts.createLanguageService({
    getScriptFileNames: () => [source],
    getScriptVersion: () => "1",
    getScriptSnapshot: (file) => {
      const text = read(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => repo,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (file) => file === source || ts.sys.fileExists(file),
    readFile: read,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
}

let service: ts.LanguageService;
beforeAll(() => {
  service = languageService();
});

/** What an editor shows on hover over the field after the marker: its declaration line, then its doc and tags. */
function hover(marker: string): { type: string; doc: string } {
  const at = SAMPLE.indexOf(`/*${marker}*/`);
  expect(at, `marker ${marker}`).toBeGreaterThan(-1);
  const info = service.getQuickInfoAtPosition(source, at + marker.length + 4);
  const tags = (info?.tags ?? []).map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`);
  return {
    type: ts.displayPartsToString(info?.displayParts),
    doc: [ts.displayPartsToString(info?.documentation), ...tags].join("\n"),
  };
}

describe("generated fields as an editor shows them on hover", () => {
  it("the sample calls type-check, so each hover reads the variant the call selects", () => {
    const problems = service
      .getSemanticDiagnostics(source)
      .map((problem) => ts.flattenDiagnosticMessageText(problem.messageText, "\n"));
    expect(problems).toEqual([]);
  }, 60_000);

  it("flux-2: fields reached through a $ref carry their description, limits, allowed values and default", () => {
    expect(hover("flux-prompt")).toEqual({
      type: "(property) prompt: string",
      doc: "What to draw, or how to change the source images.\n\n3–5000 characters.",
    });
    const aspect = hover("flux-aspect_ratio").doc;
    expect(aspect).toContain("Output aspect ratio.");
    expect(aspect).toContain("One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `3:2`, `2:3`.");
    expect(aspect).toContain("@default 1:1");
    const resolution = hover("flux-output_resolution").doc;
    expect(resolution).toContain("Output resolution; 2k costs more.");
    expect(resolution).toContain("One of: `1k`, `2k`.");
    expect(resolution).toContain("@default 1k");
    expect(hover("flux-enable_safety_checker").doc).toBe("Run the provider's safety checker on the output.");
    const sources = hover("flux-source_image_urls");
    expect(sources.type).toBe("(property) source_image_urls: (string | FileInput)[]");
    expect(sources.doc).toContain("Public HTTP(S) URLs of the source images.");
    expect(sources.doc).toContain("1–8 items.");
    expect(sources.doc).toContain("Each item: must match `^https?://`.");
    expect(sources.doc).toContain("Takes local files too");
  });

  it("flux-2: model says which variant it selects, its endpoint and price", () => {
    const { type, doc } = hover("flux-model");
    expect(type).toBe('(property) model: "flux-2-pro-text-to-image"');
    expect(doc).toContain(
      "The model to run: Flux 2 Pro · text to image. Fast, affordable Flux 2 generation from a prompt.",
    );
    expect(doc).toContain("`POST /api/v1/flux_2/text_to_image`");
    expect(doc).toContain("Price: 5¢ (output_resolution 1k) · 7¢ (output_resolution 2k).");
  });

  it("a video family (pixverse): lengths, whole-number ranges, allowed values and defaults", () => {
    expect(hover("pixverse-model").doc).toContain("The model to run: pixverse-v6 · text to video.");
    expect(hover("pixverse-prompt").doc).toBe("Video description.\n\n3–5000 characters.");
    expect(hover("pixverse-duration_seconds").doc).toBe(
      "Duration in seconds.\n\nA whole number from 1 to 15.\n@default 5",
    );
    const resolution = hover("pixverse-output_resolution").doc;
    expect(resolution).toContain("One of: `360p`, `540p`, `720p`, `1080p`.");
    expect(resolution).toContain("@default 720p");
    expect(hover("pixverse-aspect_ratio").doc).toBe(
      "Output aspect ratio.\n\nOne of: `16:9`, `4:3`, `1:1`, `3:4`, `9:16`, `2:3`, `3:2`, `21:9`.\n@default 16:9",
    );
    expect(hover("pixverse-seed").doc).toBe("Random seed.\n\nA whole number from 0 to 2147483647.");
  });

  it("an audio family (fish-audio): numeric allowed values, defaults, and the fields of nested objects", () => {
    expect(hover("fish-model").doc).toContain("The model to run: s1 · text to speech.");
    expect(hover("fish-output_format").doc).toBe(
      "Output audio format.\n\nOne of: `mp3`, `wav`.\n@default mp3",
    );
    const rate = hover("fish-sample_rate_hz").doc;
    expect(rate).toContain("Output sample rate.");
    expect(rate).toContain("One of: `8000`, `16000`, `24000`, `32000`, `44100`.");
    expect(rate).toContain("@default 44100");
    expect(hover("fish-references-text").doc).toBe("Exact transcript of the reference audio.");
  });

  it("no hover carries the type generator's own words", () => {
    const markers = [...SAMPLE.matchAll(/\/\*([a-z_-]+)\*\//g)].map((match) => match[1] as string);
    expect(markers.length).toBeGreaterThan(10);
    for (const marker of markers) {
      const { doc } = hover(marker);
      expect(doc, marker).not.toMatch(/openapi-typescript|@description|@enum/);
    }
  });
});

describe("generated schema files", () => {
  it("carry none of the type generator's boilerplate, in any package", () => {
    const dirs = generatedPackageDirs(repo);
    expect(dirs.length).toBeGreaterThanOrEqual(40);
    for (const dir of dirs) {
      const schema = readFileSync(join(repo, "packages", dir, "src/generated/schema.ts"), "utf8");
      expect(schema, dir).not.toContain("openapi-typescript");
    }
  });
});
