import type { ActionShape, ModelId, ModelMap, TaskModelId } from "../catalog/model-map.js";
import type { TaskMeta, TaskOf } from "../client/action-client.js";
import { resolveOptions } from "../client/client-options.js";
import { ValidationError } from "../errors/error-ladder.js";
import { addDownloads } from "../files/add-downloads.js";
import type { Downloadable, DownloadOptions, FileOutput, WithDownloads } from "../files/download.js";
import type { InputSchema } from "../validation/input-schema.js";
import { validateInput } from "../validation/validate-input.js";

/** The tasks of a model map's task models, each with its `model`. */
type ModelTasks<M extends ModelMap> = { [K in TaskModelId<M>]: TaskOf<M, K> }[TaskModelId<M>];
/** The tasks of actions a client reaches by property only (no model, or a model id several actions share). */
type PropertyTasks<A extends Record<string, ActionShape>> = {
  [N in keyof A]: A[N] extends { sync: true } ? never : WithDownloads<A[N]["task"]> & TaskMeta;
}[keyof A];

/**
 * The task JSON RunAPI POSTs to a task's `callback_url` when it ends: the same task a `get` reads, typed per
 * family as any of its variants' tasks, and outputs that `download()`. A task of a model id that names one
 * variant carries its `model` (so `client.get(task.id, { model: task.model })` and `client.wait` read it
 * again); `A` adds the tasks of the actions reached by property only (`client.editImage.get(task.id)`). Each
 * family package exports `parseCallback` answering this type. Only tasks take a `callback_url`: a family with
 * none (every action answers at once) keeps its result types.
 */
export type CallbackOf<
  M extends ModelMap,
  A extends Record<string, ActionShape> = Record<never, ActionShape>,
> = [ModelTasks<M> | PropertyTasks<A>] extends [never]
  ? WithDownloads<M[ModelId<M>]["task"]>
  : ModelTasks<M> | PropertyTasks<A>;

/** A delivered task, as `parseCallback` checks it; other fields are kept as sent. */
export interface CallbackTask {
  id: string;
  status: "pending" | "processing" | "completed" | "failed";
  /** The variant's model id, when the action takes one. */
  model?: string;
  images?: ({ url: string } & Downloadable)[];
  videos?: ({ url: string } & Downloadable)[];
  audios?: ({ audio_url: string } & Downloadable)[];
  texts?: { text: string }[];
  /** What the task reserved, charged (completed) or refunded (failed). */
  billing?: Record<string, unknown> | null;
  /** Why the task failed: text or `{ code, message }`. */
  error?: unknown;
  [field: string]: unknown;
}

/** An output list whose items each carry the string `field`. */
const outputs = (field: string): InputSchema => ({
  type: "array",
  items: { type: "object", required: [field], properties: { [field]: { type: "string" } } },
});

/**
 * Parses and checks the body of a callback delivery (the raw text or bytes, or the already parsed JSON) and
 * returns the task, whose outputs `download()` as a client's do (with the default timeout, retries and
 * `maxDownloadBytes`, each also an option of the call). Throws `ValidationError` naming every field that is not
 * what a task has. The API documents no signature for callbacks, so none is checked: treat the body as a hint
 * and `get` the task by its id (`client.get(task.id, { model: task.model })`) when the answer matters (e.g.
 * before delivering paid work).
 * @example
 * export async function POST(request: Request) {
 *   const task = parseCallback(await request.text());
 *   if (task.status === "completed") console.log(task.images?.[0]?.url);
 *   return new Response(null, { status: 204 });
 * }
 */
export function parseCallback<T = CallbackTask>(body: string | Uint8Array | object): T {
  let task: unknown = body;
  if (typeof body === "string" || ArrayBuffer.isView(body)) {
    try {
      task = JSON.parse(typeof body === "string" ? body : new TextDecoder().decode(body));
    } catch (error) {
      throw new ValidationError([
        { path: "", message: `The callback body is not JSON (${(error as Error).message}).` },
      ]);
    }
  }
  const issues =
    typeof task === "object" && task !== null && !Array.isArray(task)
      ? validateInput(
          {
            required: ["id", "status"],
            properties: {
              id: { type: "string" },
              model: { type: "string" },
              status: { enum: ["pending", "processing", "completed", "failed"] },
              images: outputs("url"),
              videos: outputs("url"),
              audios: outputs("audio_url"),
              texts: outputs("text"),
              billing: { type: "object" },
            },
          },
          task,
          "",
        )
      : [{ path: "", message: "The callback body must be a JSON object: the task." }];
  if (issues.length > 0) throw new ValidationError(issues);
  addDownloads(task as Record<string, unknown>, downloadAlone);
  return task as T;
}

/**
 * Downloads an output without a client: output URLs take no API key, so the defaults (and the environment's)
 * are all a download needs. Its code loads on the first download, from the module a client's downloads load.
 */
async function downloadAlone(output: FileOutput, options?: DownloadOptions): Promise<unknown> {
  const { download } = await import("../files/files.js");
  return (await download({ options: resolveOptions(undefined), log: undefined }, output, options)).data;
}
