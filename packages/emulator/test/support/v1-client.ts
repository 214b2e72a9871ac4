// Test support: the emulator with one toy family (the /v1 file routes need none, and a small specs folder starts
// fast), and raw HTTP to its /v1 routes.
import { type Emulator, type EmulatorOptions, startEmulator } from "../../src/index.ts";
import { toySpec, writeSpecs } from "./toy-specs.ts";

/** Starts emulators on one toy spec; `closeAll` closes every one started and removes the spec. */
export function fileEmulators() {
  const specs = writeSpecs({
    "toy.yaml": toySpec("toy", "image", [{ name: "text_to_image", variants: [{ model: "toy-model" }] }]),
  });
  const running: Emulator[] = [];
  return {
    start: async (options: Omit<EmulatorOptions, "specsDir"> = {}): Promise<Emulator> => {
      const emulator = await startEmulator({ port: 0, ...options, specsDir: specs.dir });
      running.push(emulator);
      return emulator;
    },
    closeAll: async () => {
      await Promise.all(running.splice(0).map((emulator) => emulator.close()));
    },
    remove: specs.remove,
  };
}

/** An answer with its body: parsed JSON, else the bytes. */
export interface V1Answer {
  status: number;
  headers: Headers;
  body: any;
}

/** Raw HTTP to the emulator's `/v1` routes as one API key. */
export function v1(emulator: Emulator, apiKey = emulator.apiKey) {
  const call = async (method: string, path: string, init: RequestInit = {}): Promise<V1Answer> => {
    const response = await fetch(emulator.url + path, {
      ...init,
      method,
      headers: { authorization: `Bearer ${apiKey}`, ...(init.headers as Record<string, string>) },
    });
    const type = response.headers.get("content-type") ?? "";
    const body = type.startsWith("application/json")
      ? await response.json()
      : new Uint8Array(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, body };
  };
  return {
    call,
    get: (path: string) => call("GET", path),
    remove: (path: string) => call("DELETE", path),
    /** A POST of a FormData (fetch writes its content type), of JSON, or of nothing. */
    post: (path: string, body?: FormData | object, headers: Record<string, string> = {}) =>
      body === undefined || body instanceof FormData
        ? call("POST", path, { body, headers })
        : call("POST", path, {
            body: JSON.stringify(body),
            headers: { "content-type": "application/json", ...headers },
          }),
  };
}

/** A form of one file field (`file` for /v1/files, `data` for a part) and, when given, a purpose. */
export function formOf(field: string, bytes: Uint8Array, name = "blob", type = "", purpose?: string | null) {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(bytes)], { type }), name);
  if (purpose) form.append("purpose", purpose);
  return form;
}
