// Test support (not part of the package's entry points): readers for the RIFF files the emulator serves, written
// from the AVI and WAVE layouts rather than from the encoders, so a test parses what a player would.

export interface RiffChunk {
  id: string;
  /** Absolute offset of the chunk's data in the file. */
  at: number;
  data: Buffer;
  /** For `RIFF` and `LIST`: the list type and the chunks inside. */
  type?: string;
  children?: RiffChunk[];
}

/** Walks chunks from `start` to `end`, checking that every length stays inside its parent. */
export function riffChunks(file: Buffer, start = 0, end = file.length): RiffChunk[] {
  const out: RiffChunk[] = [];
  let at = start;
  while (at < end) {
    if (at + 8 > end) throw new Error(`chunk header at ${at} runs past its parent (ends at ${end})`);
    const id = file.toString("latin1", at, at + 4);
    const length = file.readUInt32LE(at + 4);
    const dataAt = at + 8;
    if (dataAt + length > end) throw new Error(`chunk ${id} at ${at} runs past its parent (ends at ${end})`);
    const chunk: RiffChunk = { id, at: dataAt, data: file.subarray(dataAt, dataAt + length) };
    if (id === "RIFF" || id === "LIST") {
      chunk.type = file.toString("latin1", dataAt, dataAt + 4);
      chunk.children = riffChunks(file, dataAt + 4, dataAt + length);
    }
    out.push(chunk);
    at = dataAt + length + (length % 2);
  }
  return out;
}

const find = (chunks: readonly RiffChunk[] | undefined, id: string, type?: string): RiffChunk => {
  const found = chunks?.find((chunk) => chunk.id === id && (type === undefined || chunk.type === type));
  if (!found) throw new Error(`no ${id}${type ? ` ${type}` : ""} chunk`);
  return found;
};

export interface ParsedAvi {
  width: number;
  height: number;
  microsecondsPerFrame: number;
  totalFrames: number;
  streams: number;
  streamType: string;
  /** dwRate / dwScale of the stream header. */
  framesPerSecond: number;
  /** dwLength × dwScale / dwRate: what a player shows as the duration. */
  seconds: number;
  bitCount: number;
  compression: number;
  /** Each `00db` chunk's pixels, converted back to top-down RGB. */
  frames: Uint8Array[];
  /** Whether every `idx1` entry points at the frame chunk it names, with its length. */
  indexMatches: boolean;
}

/** Reads an uncompressed AVI: `RIFF AVI ` → `hdrl` (`avih`, `strl` with `strh`, `strf`), `movi`, `idx1`. */
export function parseAvi(file: Buffer): ParsedAvi {
  const [riff, ...rest] = riffChunks(file);
  if (riff?.id !== "RIFF" || riff.type !== "AVI " || rest.length > 0) throw new Error("not one RIFF AVI");
  if (riff.at + riff.data.length !== file.length) throw new Error("RIFF length is not the file length");
  const hdrl = find(riff.children, "LIST", "hdrl");
  const avih = find(hdrl.children, "avih").data;
  const strl = find(hdrl.children, "LIST", "strl");
  const strh = find(strl.children, "strh").data;
  const strf = find(strl.children, "strf").data;
  const movi = find(riff.children, "LIST", "movi");
  const idx1 = find(riff.children, "idx1").data;

  const width = strf.readInt32LE(4);
  const height = strf.readInt32LE(8);
  const bitCount = strf.readUInt16LE(14);
  const stride = Math.ceil((width * bitCount) / 32) * 4;
  const frameChunks = (movi.children ?? []).filter((chunk) => chunk.id === "00db");
  const frames = frameChunks.map((chunk) => {
    const rgb = new Uint8Array(width * Math.abs(height) * 3);
    for (let y = 0; y < Math.abs(height); y++) {
      // A positive height stores the bottom row first.
      const row = (height > 0 ? Math.abs(height) - 1 - y : y) * stride;
      for (let x = 0; x < width; x++) {
        const to = (y * width + x) * 3;
        rgb[to] = chunk.data[row + x * 3 + 2]!;
        rgb[to + 1] = chunk.data[row + x * 3 + 1]!;
        rgb[to + 2] = chunk.data[row + x * 3]!;
      }
    }
    return rgb;
  });
  // idx1 offsets count from the `movi` list type (the data of the LIST chunk).
  let indexMatches = idx1.length === 16 * frameChunks.length;
  for (let i = 0; indexMatches && i < frameChunks.length; i++) {
    const id = idx1.toString("latin1", i * 16, i * 16 + 4);
    const offset = idx1.readUInt32LE(i * 16 + 8);
    const length = idx1.readUInt32LE(i * 16 + 12);
    const target = movi.at + offset;
    indexMatches =
      id === "00db" &&
      file.toString("latin1", target, target + 4) === "00db" &&
      file.readUInt32LE(target + 4) === length &&
      target + 8 === frameChunks[i]!.at;
  }
  const scale = strh.readUInt32LE(20);
  const rate = strh.readUInt32LE(24);
  return {
    width,
    height,
    microsecondsPerFrame: avih.readUInt32LE(0),
    totalFrames: avih.readUInt32LE(16),
    streams: avih.readUInt32LE(24),
    streamType: strh.toString("latin1", 0, 4),
    framesPerSecond: rate / scale,
    seconds: (strh.readUInt32LE(32) * scale) / rate,
    bitCount,
    compression: strf.readUInt32LE(16),
    frames,
    indexMatches,
  };
}

export interface ParsedWav {
  format: number;
  channels: number;
  sampleRate: number;
  byteRate: number;
  blockAlign: number;
  bitsPerSample: number;
  samples: Buffer;
  /** data bytes / byte rate. */
  seconds: number;
}

/** Reads a PCM WAV: `RIFF WAVE` → `fmt `, `data`. */
export function parseWav(file: Buffer): ParsedWav {
  const [riff] = riffChunks(file);
  if (riff?.id !== "RIFF" || riff.type !== "WAVE") throw new Error("not a RIFF WAVE");
  if (riff.at + riff.data.length + (riff.data.length % 2) !== file.length) {
    throw new Error("RIFF length is not the file length");
  }
  const fmt = find(riff.children, "fmt ").data;
  const samples = find(riff.children, "data").data;
  const byteRate = fmt.readUInt32LE(8);
  return {
    format: fmt.readUInt16LE(0),
    channels: fmt.readUInt16LE(2),
    sampleRate: fmt.readUInt32LE(4),
    byteRate,
    blockAlign: fmt.readUInt16LE(12),
    bitsPerSample: fmt.readUInt16LE(14),
    samples,
    seconds: samples.length / byteRate,
  };
}
