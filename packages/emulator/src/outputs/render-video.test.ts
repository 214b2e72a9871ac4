import { describe, expect, it } from "vitest";
import { parseAvi } from "../../test/support/parse-media.js";
import { drawSeededPicture, seedBytes } from "./render-png.js";
import { encodeAvi, MAX_VIDEO_FRAMES, renderSeededAvi, VIDEO_SIZE, videoTiming } from "./render-video.js";

describe("AVI encoder", () => {
  it("writes a RIFF AVI with one uncompressed 24-bit stream whose frames and index read back", () => {
    // 3×2 pixels: rows of 9 bytes, padded to 12 in the file.
    const a = Uint8Array.from({ length: 18 }, (_, i) => i * 10);
    const b = Uint8Array.from({ length: 18 }, (_, i) => 255 - i);
    const avi = encodeAvi(3, 2, 500_000, [a, b]);
    const parsed = parseAvi(avi);
    expect(parsed).toMatchObject({
      width: 3,
      height: 2,
      microsecondsPerFrame: 500_000,
      totalFrames: 2,
      streams: 1,
      streamType: "vids",
      framesPerSecond: 2,
      seconds: 1,
      bitCount: 24,
      compression: 0,
      indexMatches: true,
    });
    expect(parsed.frames.map((frame) => [...frame])).toEqual([[...a], [...b]]);
  });

  it("refuses no frames and frames of the wrong size", () => {
    expect(() => encodeAvi(2, 2, 1000, [])).toThrow(RangeError);
    expect(() => encodeAvi(2, 2, 1000, [new Uint8Array(11)])).toThrow(RangeError);
  });
});

describe("rendered videos", () => {
  it("last the requested duration at 4 frames per second up to 10 seconds", () => {
    for (const seconds of [1, 3, 5, 7.5, 10]) {
      const parsed = parseAvi(renderSeededAvi("a fox", seconds));
      expect(parsed.seconds).toBeCloseTo(seconds, 6);
      expect(parsed.framesPerSecond).toBe(4);
      expect(parsed.totalFrames).toBe(seconds * 4);
      expect(parsed.frames).toHaveLength(seconds * 4);
      expect([parsed.width, parsed.height]).toEqual([VIDEO_SIZE, VIDEO_SIZE]);
    }
  });

  it("keep the duration of longer videos in at most 40 frames, so no file passes 125 kB", () => {
    for (const seconds of [11, 30, 360]) {
      const avi = renderSeededAvi("a fox", seconds);
      const parsed = parseAvi(avi);
      expect(parsed.totalFrames).toBe(MAX_VIDEO_FRAMES);
      expect(parsed.seconds).toBeCloseTo(seconds, 3);
      expect(avi.length).toBeLessThan(125_000);
    }
    expect(videoTiming(0.1)).toEqual({ frames: 1, microsecondsPerFrame: 100_000 });
  });

  it("start with the seed's picture, move, and depend only on the seed and duration", () => {
    const avi = renderSeededAvi("a fox", 2);
    const { frames } = parseAvi(avi);
    expect([...frames[0]!]).toEqual([...drawSeededPicture(seedBytes("a fox"), VIDEO_SIZE)]);
    expect(new Set(frames.map((frame) => Buffer.from(frame).toString("hex"))).size).toBeGreaterThan(1);
    expect(avi.equals(renderSeededAvi("a fox", 2))).toBe(true);
    expect(avi.equals(renderSeededAvi("a hen", 2))).toBe(false);
  });
});
