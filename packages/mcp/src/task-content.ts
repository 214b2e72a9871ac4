import type { ContentBlock } from "@modelcontextprotocol/sdk/types.js";
import { sniffType } from "@runapi.ai/core/node";

/** The largest image answered inline as well as by its URL: a model reads it without fetching it. */
export const INLINE_IMAGE_MAX_BYTES = 256 * 1024;

type Output = { url?: string; audio_url?: string; download?: (options: object) => Promise<Uint8Array> };

/** Where a task lists its outputs and the kind of each. */
const OUTPUT_KINDS = { images: "image", videos: "video", audios: "audio" } as const;

/**
 * A task as tool content: the task as JSON text, each output as a resource link to its URL, and each image no
 * larger than {@link INLINE_IMAGE_MAX_BYTES} inline too.
 */
export async function taskContent(task: Record<string, unknown>, note?: string): Promise<ContentBlock[]> {
  const content: ContentBlock[] = [{ type: "text", text: JSON.stringify(task, null, 2) }];
  if (note) content.push({ type: "text", text: note });
  for (const [key, kind] of Object.entries(OUTPUT_KINDS)) {
    const outputs = (task[key] as Output[] | undefined) ?? [];
    for (const [index, output] of outputs.entries()) {
      const uri = output.url ?? output.audio_url;
      if (typeof uri !== "string") continue;
      content.push({ type: "resource_link", uri, name: `${task.id} ${kind} ${index + 1}` });
      if (kind === "image") {
        const image = await smallImage(output);
        if (image) content.push(image);
      }
    }
  }
  return content;
}

/** An output image's bytes as an image block, or nothing when it is larger than the bound or not an image. */
async function smallImage(output: Output): Promise<ContentBlock | undefined> {
  try {
    const bytes = await output.download?.({ maxDownloadBytes: INLINE_IMAGE_MAX_BYTES });
    const mimeType = bytes ? sniffType(bytes) : "";
    return bytes && mimeType.startsWith("image/")
      ? { type: "image", data: Buffer.from(bytes).toString("base64"), mimeType }
      : undefined;
  } catch {
    return undefined; // too large or unreachable: the link is the answer
  }
}
