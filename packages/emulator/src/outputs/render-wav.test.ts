import { describe, expect, it } from "vitest";
import { parseWav } from "../../test/support/parse-media.js";
import {
  encodeWav,
  MIN_WAV_SAMPLE_RATE,
  renderSeededWav,
  WAV_SAMPLE_RATE,
  wavSampleRate,
} from "./render-wav.js";

describe("WAV encoder", () => {
  it("writes a PCM WAVE header and the samples, padding an odd data chunk", () => {
    const wav = encodeWav(8000, Uint8Array.from([1, 2, 3]));
    expect(wav.length).toBe(44 + 3 + 1);
    expect(parseWav(wav)).toMatchObject({
      format: 1,
      channels: 1,
      sampleRate: 8000,
      byteRate: 8000,
      blockAlign: 1,
      bitsPerSample: 8,
    });
    expect([...parseWav(wav).samples]).toEqual([1, 2, 3]);
  });

  it("refuses a sample rate that is not a positive integer", () => {
    expect(() => encodeWav(0, new Uint8Array(1))).toThrow(RangeError);
    expect(() => encodeWav(8000.5, new Uint8Array(1))).toThrow(RangeError);
  });
});

describe("rendered sounds", () => {
  it("are 8 kHz mono 8-bit tones of exactly the requested duration up to 10 seconds", () => {
    for (const seconds of [0.5, 1, 4, 10]) {
      const parsed = parseWav(renderSeededWav("a bell", seconds));
      expect(parsed).toMatchObject({ sampleRate: WAV_SAMPLE_RATE, channels: 1, bitsPerSample: 8 });
      expect(parsed.samples.length).toBe(seconds * WAV_SAMPLE_RATE);
      expect(parsed.seconds).toBe(seconds);
    }
  });

  it("keep the duration of longer sounds at a lower rate, never below 2 kHz", () => {
    expect([10, 15, 20, 30, 360].map(wavSampleRate)).toEqual([8000, 4000, 4000, 2000, 2000]);
    const parsed = parseWav(renderSeededWav("a bell", 360));
    expect(parsed.sampleRate).toBe(MIN_WAV_SAMPLE_RATE);
    expect(parsed.seconds).toBe(360);
  });

  it("fade in and out around a tone that depends on the seed", () => {
    const wav = renderSeededWav("a bell", 1);
    const { samples } = parseWav(wav);
    expect([samples[0], samples.at(-1)]).toEqual([128, 128]);
    expect(Math.max(...samples) - Math.min(...samples)).toBeGreaterThan(150);
    expect(wav.equals(renderSeededWav("a bell", 1))).toBe(true);
    expect(wav.equals(renderSeededWav("a gong", 1))).toBe(false);
  });
});
