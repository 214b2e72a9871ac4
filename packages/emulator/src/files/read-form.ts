import { type Answer, errorAnswer } from "../http/answer.js";
import type { ReceivedRequest } from "../http/request.js";

/** A multipart/form-data body's fields, parsed by the platform's own reader, or the 400 a body that is none gets. */
export async function readForm(request: ReceivedRequest, fields: string): Promise<FormData | Answer> {
  const type = request.headers["content-type"] ?? "";
  const refused = (why: string) =>
    errorAnswer(
      400,
      "invalid_multipart",
      `${why}; send multipart/form-data with ${fields} (a FormData body, whose boundary the client writes).`,
    );
  if (!/^multipart\/form-data\s*;/i.test(type)) return refused(`The content type is ${type || "missing"}`);
  try {
    const body = new Uint8Array(request.bytes);
    return await new Request("http://emulator.invalid/", {
      method: "POST",
      headers: { "content-type": type },
      body,
    }).formData();
  } catch {
    return refused("The body is not valid multipart/form-data");
  }
}
