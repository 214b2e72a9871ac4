import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { PriceRule } from "../../packages/core/src/index.ts";
import type { ActionModel, FamilyModel, VariantModel } from "../../packages/spec/src/index.ts";
import { quickStartAction, renderReadme } from "./render-readme.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));

const matrixPrice: PriceRule = {
  unit: "call",
  cents: 3,
  keys: ["output_resolution", "aspect_ratio"],
  matrix: { "1k": { any: 3, "16:9": 4 }, "2k": { any: 5 }, "4k": { "16:9": 9 } },
};

function variant(model: string, price: PriceRule, takesModel = true): VariantModel {
  return {
    model,
    takesModel,
    output: "video",
    schemaName: model,
    title: model,
    status: "active",
    task: "async",
    price,
    input: { type: "object", properties: { prompt: { type: "string" } } },
    example: takesModel ? { model, prompt: "a cat" } : { prompt: "a cat" },
  };
}

function action(name: string, variants: VariantModel[]): ActionModel {
  return {
    name,
    path: `/api/v1/toy/${name}`,
    createOperationId: name,
    getOperationId: undefined,
    variants,
  };
}

/** A family where one model id serves two actions and one action takes no model. */
const family: FamilyModel = {
  file: "specs/toy.yaml",
  family: "toy",
  packageName: "@runapi.ai/toy",
  typeName: "Toy",
  title: "Toy",
  description: "",
  provider: "Toy",
  modality: "video",
  baseURL: "https://runapi.ai",
  actions: [
    action("image_to_video", [variant("toy-shared", matrixPrice), variant("toy-solo", matrixPrice)]),
    action("text_to_video", [variant("toy-shared", matrixPrice)]),
    action("blend_lyrics", [variant("blend_lyrics", matrixPrice, false)]),
  ],
};

const readme = renderReadme(family);
const section = (heading: string) => {
  const start = readme.indexOf(`${heading}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  return readme.slice(start, readme.indexOf("Any other combination", start)).trim().split("\n");
};

describe("the README's price matrix", () => {
  it("prices a column a row lacks from the row's `any`, as estimateCost does", () => {
    expect(section("### `toy-solo`")).toEqual([
      "### `toy-solo`",
      "",
      "Per call, by output_resolution (rows) and aspect_ratio (columns); `any` matches every value.",
      "",
      "| output_resolution | any | 16:9 |",
      "|---|---|---|",
      "| 1k | 3¢ | 4¢ |",
      "| 2k | 5¢ | 5¢ |",
      "| 4k | — | 9¢ |",
    ]);
  });

  it("names the endpoint in the heading when the model id serves several actions", () => {
    const headings = readme.split("\n").filter((line) => line.startsWith("### "));
    expect(headings).toEqual([
      "### `toy-shared` · `POST /api/v1/toy/image_to_video`",
      "### `toy-solo`",
      "### `toy-shared` · `POST /api/v1/toy/text_to_video`",
      "### `POST /api/v1/toy/blend_lyrics` (no model)",
    ]);
  });
});

describe("the README's variants table", () => {
  it("shows that an action takes no model and names its property, never the action slug as a model", () => {
    expect(readme).toContain("| — (no model: `client.blendLyrics`) | `POST /api/v1/toy/blend_lyrics` |");
    expect(readme).not.toContain("`blend_lyrics` |");
    expect(readme).toContain("| `toy-shared` | `POST /api/v1/toy/text_to_video` |");
  });
});

describe("the README of a family whose actions answer at once", () => {
  const textOnly: VariantModel = {
    ...variant("toy-speech", matrixPrice),
    output: "text",
    task: "sync",
    input: {
      type: "object",
      properties: { file: { type: "string", file: true }, callback_url: { type: "string" } },
    },
    example: { model: "toy-speech", file: "https://example.com/a.mp3" },
  };
  const speech = renderReadme({
    ...family,
    modality: "text",
    actions: [action("speech_to_text", [textOnly])],
  });

  it("shows a result answered at once, with no progress to follow, and says there is no task to wait for", () => {
    expect(speech).toContain(
      [
        "// answers at once, with the finished result",
        "const task = await client.run({",
        '  model: "toy-speech",',
        '  file: "https://example.com/a.mp3",',
        "});",
      ].join("\n"),
    );
    expect(speech).not.toContain("onProgress: (task)");
    expect(speech).toContain(
      "`create` and `run` answer the finished result at once: there is no task to read or wait for.",
    );
  });

  it("uploads a file of the kind the action names, and shows no download of a text output", () => {
    expect(speech).toContain('import { fileFromPath } from "@runapi.ai/toy/node";');
    expect(speech).toContain('file: await fileFromPath("./voice.mp3")');
    expect(speech).not.toContain("download()");
  });

  it("mentions callbacks only where a variant takes callback_url", () => {
    expect(speech).toContain("Pass `callback_url`");
    expect(readme).not.toContain("Pass `callback_url`");
  });
});

describe("the generated READMEs", () => {
  const readmes = readdirSync(join(repo, "packages"))
    .filter((name) => name !== "core")
    .flatMap((name) => {
      try {
        return [[name, readFileSync(join(repo, "packages", name, "README.md"), "utf8")] as const];
      } catch {
        return [];
      }
    });

  it.each(readmes)("%s has no two price sections with the same heading", (_, text) => {
    const headings = text.split("\n").filter((line) => line.startsWith("### "));
    expect(new Set(headings).size).toBe(headings.length);
  });

  it("kling names the endpoint of model ids it serves in several actions; suno shows no action slug as a model", () => {
    const kling = readmes.find(([name]) => name === "kling")?.[1] ?? "";
    expect(kling).toContain("### `kling-v2.6` · `POST /api/v1/kling/text_to_video`");
    expect(kling).toContain("### `kling-v2.6` · `POST /api/v1/kling/image_to_video`");
    const suno = readmes.find(([name]) => name === "suno")?.[1] ?? "";
    expect(suno).toContain("| — (no model: `client.blendLyrics`) | `POST /api/v1/suno/blend_lyrics` |");
    expect(suno).not.toMatch(/^\| `blend_lyrics` \|/m);
  });
});

describe("the README's quick start", () => {
  const needing = (name: string, required: string[], properties: VariantModel["input"]["properties"]) =>
    action(name, [
      { ...variant(`toy-${name}`, matrixPrice), input: { type: "object", required, properties } },
    ]);
  const extend = needing("extend_video", ["source_task_id"], { source_task_id: { type: "string" } });
  const edit = needing("edit_video", ["video"], { video: { type: "string", file: true } });
  const remix = needing("remix_video", ["prompt"], {
    prompt: { type: "string" },
    video: { type: "string", file: true },
  });
  const fromText = action("text_to_video", [variant("toy-text", matrixPrice)]);
  const chosen = (...actions: ActionModel[]) => quickStartAction({ ...family, actions })?.name;

  it("opens with an action a reader can run as it is: from text first, else one needing no file or earlier task", () => {
    expect(chosen(extend, edit, fromText)).toBe("text_to_video");
    expect(chosen(extend, edit, remix)).toBe("remix_video");
    expect(chosen(extend, edit)).toBe("extend_video");
    expect(renderReadme({ ...family, actions: [extend, fromText] })).toContain(
      'const task = await client.run(\n  { model: "toy-text", prompt: "a cat" },',
    );
  });
});

describe("the README's opening", () => {
  it("names the provider beside the title, unless the title already starts with it", () => {
    expect(renderReadme({ ...family, title: "Suno", provider: "Suno" })).toContain(
      "client for Suno on [RunAPI]",
    );
    expect(renderReadme({ ...family, title: "MiniMax H3", provider: "MiniMax" })).toContain(
      "client for MiniMax H3 on [RunAPI]",
    );
    expect(renderReadme({ ...family, title: "Hailuo", provider: "MiniMax" })).toContain(
      "client for Hailuo (MiniMax) on [RunAPI]",
    );
  });
});

describe("every family's README, as npm shows it", () => {
  const families = readdirSync(join(repo, "specs"))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => name.replace(/\.yaml$/, ""));

  it.each(families)(
    "%s covers install, the key and base URL, options, calls, errors, retries, prices and the emulator",
    (name) => {
      const readme = readFileSync(join(repo, "packages", name, "README.md"), "utf8");
      const headings = readme.split("\n").filter((line) => line.startsWith("## "));
      for (const heading of [
        "## Install",
        "## Quick start",
        "## The client",
        "## Errors",
        "## Retries and idempotency",
        "## Account and prices",
        "## Testing with the emulator",
        "## Variants",
      ]) {
        expect(headings, heading).toContain(heading);
      }
      for (const words of [
        "RUNAPI_BASE_URL",
        "RUNAPI_API_KEY",
        "`timeout`",
        "`maxRetries`",
        "`logLevel`",
        "dangerouslyAllowBrowser",
        "Idempotency-Key",
        "AuthenticationError",
        "TaskFailedError",
        "startEmulator",
        "npx @runapi.ai/emulator",
      ]) {
        expect(readme, words).toContain(words);
      }
      // A family with tasks shows waiting with progress, and resuming after a wait that stopped.
      const tasks = headings.includes("## Tasks: create, get, wait, run");
      expect(tasks || headings.includes("## Calls")).toBe(true);
      if (tasks) {
        for (const words of ["onProgress", "statusChangesOnly", "WaitTimeoutError", "error.taskId"]) {
          expect(readme, words).toContain(words);
        }
      }
    },
  );
});
