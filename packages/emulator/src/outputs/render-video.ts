import { drawSeededPicture, seedBytes } from "./render-png.js";

/** Width and height of every rendered video. */
export const VIDEO_SIZE = 32;
/** Frames per second of a short video. */
export const VIDEO_FPS = 4;
/** No video holds more frames (about 123 KiB of pixels); a longer one is rendered at a lower frame rate. */
export const MAX_VIDEO_FRAMES = 40;

const AVIF_HASINDEX = 0x10;
const AVIIF_KEYFRAME = 0x10;

/**
 * How many frames a video of `seconds` holds and how long each one shows: 4 per second up to 10 seconds, then
 * 40 frames spread over the whole duration. Either way the file lasts `seconds` (to the microsecond per frame).
 */
export function videoTiming(seconds: number): { frames: number; microsecondsPerFrame: number } {
  const frames = Math.min(MAX_VIDEO_FRAMES, Math.max(1, Math.round(seconds * VIDEO_FPS)));
  return { frames, microsecondsPerFrame: Math.max(1, Math.round((seconds * 1_000_000) / frames)) };
}

/** A RIFF chunk: FourCC, little-endian length, data, and a pad byte when the length is odd. */
function chunk(id: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.write(id, 0, "latin1");
  header.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, data, Buffer.alloc(data.length % 2)]);
}

/** A RIFF list: `LIST` (or `RIFF`), length, list type, then its chunks. */
const list = (id: string, type: string, parts: Buffer[]): Buffer =>
  chunk(id, Buffer.concat([Buffer.from(type, "latin1"), ...parts]));

/** One frame as a bottom-up BGR DIB (what uncompressed AVI stores), rows padded to 4 bytes. */
function dibFrame(width: number, height: number, rgb: Uint8Array): Buffer {
  const stride = Math.ceil((width * 3) / 4) * 4;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const row = (height - 1 - y) * stride;
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 3;
      out[row + x * 3] = rgb[from + 2]!;
      out[row + x * 3 + 1] = rgb[from + 1]!;
      out[row + x * 3 + 2] = rgb[from]!;
    }
  }
  return out;
}

/**
 * An uncompressed AVI (RIFF `AVI `, one `vids` stream of 24-bit BI_RGB frames, an `idx1` index) from
 * `width × height × 3` RGB frames, row by row, each shown for `microsecondsPerFrame`.
 */
export function encodeAvi(
  width: number,
  height: number,
  microsecondsPerFrame: number,
  frames: readonly Uint8Array[],
): Buffer {
  if (frames.length === 0) throw new RangeError("a video needs at least one frame");
  for (const frame of frames) {
    if (frame.length !== width * height * 3) throw new RangeError(`expected ${width * height * 3} RGB bytes`);
  }
  const frameBytes = Math.ceil((width * 3) / 4) * 4 * height;
  const bytesPerSecond = Math.ceil((frameBytes * 1_000_000) / microsecondsPerFrame);

  const avih = Buffer.alloc(56);
  avih.writeUInt32LE(microsecondsPerFrame, 0);
  avih.writeUInt32LE(bytesPerSecond, 4); // dwMaxBytesPerSec
  avih.writeUInt32LE(0, 8); // dwPaddingGranularity
  avih.writeUInt32LE(AVIF_HASINDEX, 12);
  avih.writeUInt32LE(frames.length, 16); // dwTotalFrames
  avih.writeUInt32LE(0, 20); // dwInitialFrames
  avih.writeUInt32LE(1, 24); // dwStreams
  avih.writeUInt32LE(frameBytes + 8, 28); // dwSuggestedBufferSize
  avih.writeUInt32LE(width, 32);
  avih.writeUInt32LE(height, 36);
  // dwReserved[4] stay 0.

  const strh = Buffer.alloc(56);
  strh.write("vids", 0, "latin1");
  strh.write("DIB ", 4, "latin1");
  // dwFlags, wPriority, wLanguage, dwInitialFrames stay 0.
  strh.writeUInt32LE(microsecondsPerFrame, 20); // dwScale: the rate is dwRate / dwScale frames per second
  strh.writeUInt32LE(1_000_000, 24); // dwRate
  strh.writeUInt32LE(0, 28); // dwStart
  strh.writeUInt32LE(frames.length, 32); // dwLength, in frames
  strh.writeUInt32LE(frameBytes, 36); // dwSuggestedBufferSize
  strh.writeInt32LE(-1, 40); // dwQuality: default
  strh.writeUInt32LE(0, 44); // dwSampleSize: 0, each frame its own chunk
  strh.writeInt16LE(0, 48); // rcFrame: left, top, right, bottom
  strh.writeInt16LE(0, 50);
  strh.writeInt16LE(width, 52);
  strh.writeInt16LE(height, 54);

  const strf = Buffer.alloc(40); // BITMAPINFOHEADER
  strf.writeUInt32LE(40, 0);
  strf.writeInt32LE(width, 4);
  strf.writeInt32LE(height, 8); // positive: rows bottom-up
  strf.writeUInt16LE(1, 12); // biPlanes
  strf.writeUInt16LE(24, 14); // biBitCount
  strf.writeUInt32LE(0, 16); // biCompression: BI_RGB
  strf.writeUInt32LE(frameBytes, 20); // biSizeImage
  // Pixels per metre and palette counts stay 0.

  const chunks = frames.map((frame) => chunk("00db", dibFrame(width, height, frame)));
  const index = Buffer.alloc(16 * chunks.length);
  // Offsets count from the `movi` list type, so the first chunk sits at 4.
  let offset = 4;
  chunks.forEach((frameChunk, i) => {
    index.write("00db", i * 16, "latin1");
    index.writeUInt32LE(AVIIF_KEYFRAME, i * 16 + 4);
    index.writeUInt32LE(offset, i * 16 + 8);
    index.writeUInt32LE(frameBytes, i * 16 + 12);
    offset += frameChunk.length;
  });

  return list("RIFF", "AVI ", [
    list("LIST", "hdrl", [
      chunk("avih", avih),
      list("LIST", "strl", [chunk("strh", strh), chunk("strf", strf)]),
    ]),
    list("LIST", "movi", chunks),
    chunk("idx1", index),
  ]);
}

/**
 * A 32×32 video lasting `seconds`, drawn from a hash of the seed: the picture of `renderPromptPng` at this size
 * with its disc crossing the frame once. The same seed and duration give the same bytes.
 */
export function renderSeededAvi(seed: string, seconds: number): Buffer {
  const { frames, microsecondsPerFrame } = videoTiming(seconds);
  const hash = seedBytes(seed);
  const pictures = Array.from({ length: frames }, (_, i) =>
    drawSeededPicture(hash, VIDEO_SIZE, i === 0 ? 0 : i / frames),
  );
  return encodeAvi(VIDEO_SIZE, VIDEO_SIZE, microsecondsPerFrame, pictures);
}
