import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/error-ladder.js";
import { parseCallback } from "./parse-callback.js";

describe("parseCallback", () => {
  const good = { id: "task_1", status: "completed", images: [{ url: "https://x/1.png" }], billing: {} };

  it("keeps fields it does not check", () => {
    const task = parseCallback({ ...good, created_at: "2026-01-01T00:00:00Z", seed: 7 });
    expect(task).toMatchObject({ created_at: "2026-01-01T00:00:00Z", seed: 7 });
  });

  it("accepts every output kind and every known status", () => {
    for (const status of ["pending", "processing", "completed", "failed"]) {
      expect(parseCallback({ id: "t", status }).status).toBe(status);
    }
    const outputs = {
      videos: [{ url: "https://x/1.mp4" }],
      audios: [{ audio_url: "https://x/1.mp3", duration: 3 }],
      texts: [{ text: "hello" }],
    };
    expect(parseCallback(JSON.stringify({ id: "t", status: "completed", ...outputs }))).toMatchObject(
      outputs,
    );
  });

  it("gives each image, video and audio a download() of its own, out of the task's JSON", () => {
    const body = {
      id: "t",
      status: "completed",
      model: "m",
      images: [{ url: "https://x/1.png" }],
      videos: [{ url: "https://x/1.mp4" }],
      audios: [{ audio_url: "https://x/1.mp3" }],
      texts: [{ text: "hello" }],
    };
    const task = parseCallback(JSON.stringify(body));
    for (const output of [task.images?.[0], task.videos?.[0], task.audios?.[0]]) {
      expect(typeof output?.download).toBe("function");
    }
    expect("download" in (task.texts?.[0] ?? {})).toBe(false);
    expect(JSON.parse(JSON.stringify(task))).toEqual(body);
  });

  it.each([
    ["text that is not JSON", "{not json", [""], /^The callback body is not JSON \(/],
    ["an array", "[1]", [""], /^The callback body must be a JSON object/],
    ["null", null as never, [""], /^The callback body must be a JSON object/],
    ["no id or status", { images: [] }, ["id", "status"], /^2 problems: id is required; status is required$/],
    ["an id that is a number", { ...good, id: 7 }, ["id"], /^id must be a string$/],
    [
      "an unknown status",
      { ...good, status: "done" },
      ["status"],
      /^status must be one of: pending, processing, completed, failed$/,
    ],
    [
      "images that are not a list",
      { ...good, images: { url: "u" } },
      ["images"],
      /^images must be an array$/,
    ],
    [
      "an image without its url",
      { ...good, images: [{ url: "u" }, { href: "u" }] },
      ["images[1].url"],
      /^images\[1\]\.url is required$/,
    ],
    [
      "an audio whose audio_url is not a string",
      { ...good, audios: [{ audio_url: 3 }] },
      ["audios[0].audio_url"],
      /^audios\[0\]\.audio_url must be a string$/,
    ],
    [
      "a video that is not an object",
      { ...good, videos: ["u"] },
      ["videos[0]"],
      /^videos\[0\] must be an object$/,
    ],
    ["a model that is not a string", { ...good, model: 7 }, ["model"], /^model must be a string$/],
    [
      "billing that is not an object",
      { ...good, billing: "paid" },
      ["billing"],
      /^billing must be an object$/,
    ],
  ])("refuses %s, naming what is wrong", (_case, body, paths, message) => {
    const error = (() => {
      try {
        parseCallback(body as string | object);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual(paths);
    expect((error as Error).message).toMatch(message);
  });
});
