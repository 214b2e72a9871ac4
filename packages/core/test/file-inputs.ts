/** `bytes` as a stream of `chunk`-byte pieces, pulled as it is read. */
export function streamOf(bytes: Uint8Array, chunk = 100): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

/** Every form a file can be given in, made anew per call from `png`: its name, how to make it, its file name. */
export function fileInputs(png: Uint8Array<ArrayBuffer>): [string, () => unknown, string][] {
  return [
    ["Blob", () => new Blob([png], { type: "image/png" }), "upload.png"],
    ["File", () => new File([png], "lighthouse.png", { type: "image/png" }), "lighthouse.png"],
    ["ArrayBuffer", () => png.slice().buffer, "upload.png"],
    ["Uint8Array", () => png, "upload.png"],
    // A view into a larger buffer: only its own bytes are sent.
    ["Buffer", () => Buffer.concat([Buffer.from("junk"), Buffer.from(png)]).subarray(4), "upload.png"],
    ["ReadableStream", () => streamOf(png), "upload.png"],
  ];
}
