import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderPromptPng } from "@runapi.ai/emulator";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, NotFoundError, type PersistentFile, ValidationError } from "../src/index.js";
import { fileFromPath } from "../src/node.js";
import { type Emulator, emulatorWithClient } from "./emulator-client.js";
import { fileInputs } from "./file-inputs.js";

let emulator: Emulator;
let clientOf: Awaited<ReturnType<typeof emulatorWithClient>>["client"];
beforeAll(async () => {
  ({ emulator, client: clientOf } = await emulatorWithClient());
});
afterAll(() => emulator.close());

const png = new Uint8Array(renderPromptPng("persistent files test"));

/** The requests the emulator received while `action` ran. */
async function requestsOf(action: () => Promise<unknown>) {
  const before = emulator.requests.length;
  await action();
  return emulator.requests.slice(before);
}

describe("persistentFiles.create", () => {
  const inputs = fileInputs(png);

  it.each(inputs)(
    "sends a %s as one multipart POST /v1/files, and content() gives its bytes back",
    async (_, input, name) => {
      const client = clientOf();
      let file: PersistentFile | undefined;
      const [sent] = await requestsOf(async () => {
        file = await client.persistentFiles.create(input() as Blob);
      });
      expect(file).toEqual({
        id: expect.stringMatching(/^file-/),
        object: "file",
        bytes: png.length,
        created_at: expect.any(Number),
        filename: name,
        purpose: "user_data",
      });
      expect(sent).toMatchObject({ method: "POST", path: "/v1/files" });
      expect(sent?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
      expect(sent?.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(sent?.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
      const bytes = await client.persistentFiles.content(file!.id);
      expect(bytes).toBeInstanceOf(Uint8Array);
      expect([...bytes]).toEqual([...png]);
    },
  );

  it("keeps a given name and type, names unknown bytes upload.bin, and reads a path from fileFromPath", async () => {
    const client = clientOf();
    const named = await client.persistentFiles.create(new TextEncoder().encode("a,b\n1,2\n"), {
      fileName: "table.csv",
      contentType: "text/csv",
    });
    expect(named.filename).toBe("table.csv");
    const unknown = await client.persistentFiles.create(new Uint8Array([1, 2, 3]));
    expect(unknown.filename).toBe("upload.bin");

    const dir = mkdtempSync(join(tmpdir(), "runapi-persistent-"));
    try {
      writeFileSync(join(dir, "notes.txt"), "kept until deleted");
      const fromDisk = await client.persistentFiles.create(await fileFromPath(join(dir, "notes.txt")));
      expect(fromDisk).toMatchObject({ filename: "notes.txt", bytes: 18 });
      const content = await client.persistentFiles.content(fromDisk.id);
      expect(new TextDecoder().decode(content)).toBe("kept until deleted");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses an empty file and one over 20 MiB before sending anything", async () => {
    const client = clientOf();
    const sent = await requestsOf(async () => {
      await expect(client.persistentFiles.create(new Uint8Array(0))).rejects.toThrow(
        new ValidationError([{ path: "file", message: "file is empty: pass the file's bytes" }]),
      );
      const error = await client.persistentFiles.create(new Uint8Array(MAX_UPLOAD_BYTES + 1)).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.message).toBe(
        "file is 20.1 MiB; files may be at most 20 MiB: resize or compress it, or send it in parts with client.uploads.upload",
      );
    });
    expect(sent).toEqual([]);
  });
});

describe("persistentFiles.retrieve, delete and content", () => {
  it("reads a file, deletes it, and then reading it throws NotFoundError", async () => {
    const client = clientOf();
    const file = await client.persistentFiles.create(png, { fileName: "gone.png" });
    expect(await client.persistentFiles.retrieve(file.id)).toEqual(file);
    const { data: deleted, response } = await client.persistentFiles.delete(file.id).withResponse();
    expect(deleted).toEqual({ id: file.id, object: "file", deleted: true });
    expect(response.headers.get("x-request-id")).toMatch(/^req_/);
    expect(emulator.requests.at(-1)).toMatchObject({ method: "DELETE", path: `/v1/files/${file.id}` });
    for (const read of [
      () => client.persistentFiles.retrieve(file.id),
      () => client.persistentFiles.content(file.id),
      () => client.persistentFiles.delete(file.id),
    ]) {
      const error = await read().catch((e) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ status: 404, code: "not_found" });
    }
  });

  it("refuses an empty id before sending, and percent-encodes an id into one path segment", async () => {
    const client = clientOf();
    const sent = await requestsOf(async () => {
      for (const id of ["", "  ", undefined]) {
        await expect(client.persistentFiles.retrieve(id as string)).rejects.toThrow(
          "id is required: pass the id of a persistent file, such as file-abc123 (from create or list)",
        );
      }
    });
    expect(sent).toEqual([]);
    // An id that would reach another path is no id: refused, nothing sent.
    const before = emulator.requests.length;
    await expect(client.persistentFiles.content("../files")).rejects.toThrow(/cannot be an id/);
    expect(emulator.requests).toHaveLength(before);
    await expect(client.persistentFiles.content("..files?x=1")).rejects.toBeInstanceOf(NotFoundError);
    expect(emulator.requests.at(-1)?.path).toBe("/v1/files/..files%3Fx%3D1/content");
  });
});

describe("persistentFiles.list", () => {
  let listing: Awaited<ReturnType<typeof emulatorWithClient>>;
  afterEach(() => listing?.emulator.close());

  /** A client of an emulator of its own holding `count` files, and their ids in creation order. */
  async function withFiles(count: number) {
    listing = await emulatorWithClient();
    const client = listing.client();
    const ids: string[] = [];
    for (let n = 0; n < count; n++) {
      ids.push((await client.persistentFiles.create(png, { fileName: `f${n}.png` })).id);
    }
    return { client, ids, requests: listing.emulator.requests };
  }

  it("iterates every file across pages, asking for each next page after the last id", async () => {
    const { client, ids, requests } = await withFiles(5);
    const before = requests.length;
    const seen: string[] = [];
    for await (const file of client.persistentFiles.list({ limit: 2, order: "asc" })) seen.push(file.id);
    expect(seen).toEqual(ids);
    expect(requests.slice(before).map((request) => request.path)).toEqual([
      "/v1/files?limit=2&order=asc",
      `/v1/files?limit=2&order=asc&after=${ids[1]}`,
      `/v1/files?limit=2&order=asc&after=${ids[3]}`,
    ]);
  });

  it("answers the first page when awaited, newest first by default, with its response", async () => {
    const { client, ids } = await withFiles(3);
    const page = await client.persistentFiles.list({ limit: 2 });
    expect(page).toMatchObject({ object: "list", first_id: ids[2], last_id: ids[1], has_more: true });
    expect(page.data.map((file) => file.id)).toEqual([ids[2], ids[1]]);
    const { response } = await client.persistentFiles.list().withResponse();
    expect(response.status).toBe(200);
    const all: string[] = [];
    for await (const file of client.persistentFiles.list()) all.push(file.id);
    expect(all).toEqual([...ids].reverse());
  });

  it("starts after a given cursor", async () => {
    const { client, ids } = await withFiles(3);
    const rest: string[] = [];
    for await (const file of client.persistentFiles.list({ order: "asc", after: ids[0] })) rest.push(file.id);
    expect(rest).toEqual(ids.slice(1));
  });

  it("yields nothing for an account without files, after one request", async () => {
    const { client, requests } = await withFiles(0);
    const seen: unknown[] = [];
    for await (const file of client.persistentFiles.list()) seen.push(file);
    expect(seen).toEqual([]);
    expect(requests.map((request) => request.path)).toEqual(["/v1/files"]);
  });

  it("throws the API's refusal of a bad query, from await and from iteration alike", async () => {
    const { client } = await withFiles(0);
    await expect(client.persistentFiles.list({ limit: 101 })).rejects.toThrow(
      "limit must be an integer between 1 and 100 (default 20)",
    );
    const iterate = async () => {
      for await (const _ of client.persistentFiles.list({ limit: 0 })) break;
    };
    await expect(iterate()).rejects.toThrow("limit must be an integer between 1 and 100 (default 20)");
  });
});
