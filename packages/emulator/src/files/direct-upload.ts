import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { type Answer, errorAnswer, jsonAnswer } from "../http/answer.js";
import { isObject } from "../http/is-object.js";
import type { ReceivedRequest } from "../http/request.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { invalid, tooLargeAnswer } from "./file-answers.js";
import { fileNameProblem } from "./file-name.js";
import { UPLOAD_PATH } from "./upload-path.js";

const md5Base64 = (bytes: Uint8Array): string => createHash("md5").update(bytes).digest("base64");

// The direct-upload flow: prepare signs what will be sent, a keyless PUT sends it, confirm makes it a file.

/** `POST /api/v1/files/prepare {filename, byte_size, checksum, content_type}`. */
export function prepareUpload(state: EmulatorState, body: unknown, apiKey: string): Answer {
  if (!isObject(body)) {
    return errorAnswer(
      400,
      "invalid_json",
      "The request body must be a JSON object: {filename, byte_size, checksum, content_type}.",
    );
  }
  const { filename, byte_size, checksum, content_type } = body;
  const nameProblem = fileNameProblem("filename", filename);
  if (nameProblem) return invalid(nameProblem);
  if (!Number.isInteger(byte_size) || (byte_size as number) < 0) {
    return invalid("byte_size must be the file's size in bytes, a non-negative integer");
  }
  if ((byte_size as number) > state.settings.maxUploadBytes) {
    return tooLargeAnswer(state, `A file of byte_size ${byte_size}`);
  }
  if (
    typeof checksum !== "string" ||
    !/^[A-Za-z0-9+/]{22}==$/.test(checksum) ||
    Buffer.from(checksum, "base64").length !== 16
  ) {
    return invalid("checksum must be the base64 MD5 digest of the file's bytes (24 characters ending in ==)");
  }
  if (typeof content_type !== "string" || !/^[\x21-\x7e]+\/[\x20-\x7e]+$/.test(content_type)) {
    return invalid('content_type must be a MIME type such as "image/png"');
  }
  const prepared = state.files.prepare({
    apiKey,
    fileName: filename as string,
    byteSize: byte_size as number,
    checksum,
    contentType: content_type,
  });
  return jsonAnswer(200, {
    signed_id: prepared.signedId,
    upload_url: `${state.baseUrl()}/uploads/${prepared.signedId}`,
    headers: { "Content-Type": prepared.contentType, "Content-MD5": prepared.checksum },
  });
}

/**
 * `PUT /uploads/<signed_id>`: no key, the signed id is the authority. The request must carry exactly the signed
 * headers, and its bytes must have the declared size and MD5, as object stores check them.
 */
export function receiveUpload(state: EmulatorState, request: ReceivedRequest): Answer {
  const signedId = UPLOAD_PATH.exec(request.pathname)?.[1] ?? "";
  const upload = state.files.upload(signedId);
  if (!upload) {
    return errorAnswer(
      404,
      "not_found",
      `Upload ${signedId} is unknown; get an upload_url from POST /api/v1/files/prepare first.`,
    );
  }
  if (upload.fileId !== undefined) {
    return errorAnswer(
      409,
      "request_conflict",
      `Upload ${signedId} was already confirmed; prepare a new one.`,
    );
  }
  const headerProblem = signedHeaderProblem(request.headers, upload.contentType, upload.checksum);
  if (headerProblem) return errorAnswer(400, "invalid_upload_headers", headerProblem);
  if (request.tooLarge) return tooLargeAnswer(state, "The uploaded body");
  const { bytes } = request;
  if (bytes.length !== upload.byteSize) {
    return errorAnswer(
      422,
      "byte_size_mismatch",
      `The upload has ${bytes.length} bytes but prepare declared byte_size ${upload.byteSize}; send exactly the prepared bytes.`,
    );
  }
  const actual = md5Base64(bytes);
  if (actual !== upload.checksum) {
    return errorAnswer(
      422,
      "checksum_mismatch",
      `The MD5 of the uploaded bytes is ${actual} but prepare signed checksum ${upload.checksum}; the bytes were changed after the checksum was computed.`,
    );
  }
  upload.bytes = bytes;
  return { status: 204, headers: {}, body: Buffer.alloc(0) };
}

function signedHeaderProblem(
  headers: IncomingHttpHeaders,
  contentType: string,
  checksum: string,
): string | undefined {
  const sent = (name: string): string | undefined => {
    const value = headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
  for (const [name, expected] of [
    ["Content-Type", contentType],
    ["Content-MD5", checksum],
  ] as const) {
    const value = sent(name.toLowerCase());
    if (value === undefined) return `${name} is missing; send the headers prepare returned, exactly.`;
    if (value.trim() !== expected) {
      return `${name} must be ${JSON.stringify(expected)} as signed by prepare, got ${JSON.stringify(value)}.`;
    }
  }
  return undefined;
}

/** `POST /api/v1/files/confirm {signed_id}`: the uploaded bytes become a file; confirming again gives it again. */
export function confirmUpload(state: EmulatorState, body: unknown, apiKey: string): Answer {
  const signedId = isObject(body) ? body.signed_id : undefined;
  if (typeof signedId !== "string" || signedId === "") {
    return invalid("signed_id is required: the signed_id prepare returned");
  }
  const upload = state.files.upload(signedId);
  // Another account's upload is as unknown as a made-up id.
  if (!upload || upload.apiKey !== apiKey) {
    return errorAnswer(404, "not_found", `Upload ${signedId} was not found.`);
  }
  if (upload.fileId === undefined) {
    if (!upload.bytes) {
      return errorAnswer(
        422,
        "upload_incomplete",
        `Upload ${signedId} has no bytes yet; PUT them to its upload_url before confirming.`,
      );
    }
    const file = state.files.add({
      apiKey,
      fileName: upload.fileName,
      bytes: upload.bytes,
      mimeType: upload.contentType,
      source: "upload",
    });
    upload.fileId = file.id;
    // Kept once, in the file; the upload only remembers which file it became.
    delete upload.bytes;
  }
  return jsonAnswer(200, state.files.view(state.files.get(upload.fileId)!, state.baseUrl()));
}
