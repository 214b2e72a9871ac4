import { seedBytes } from "./render-png.js";

/** Samples per second of a short sound. */
export const WAV_SAMPLE_RATE = 8000;
/** A sound longer than this many samples at 8 kHz (10 seconds) is rendered at a lower rate ... */
export const MAX_WAV_SAMPLES = 80_000;
/** ... but never below this one, which any player still plays: 6 minutes are 720 kB. */
export const MIN_WAV_SAMPLE_RATE = 2000;

/** 8 kHz up to 10 seconds; longer sounds keep their duration at 4 kHz (up to 20 seconds), else at 2 kHz. */
export function wavSampleRate(seconds: number): number {
  let rate = WAV_SAMPLE_RATE;
  while (rate > MIN_WAV_SAMPLE_RATE && seconds * rate > MAX_WAV_SAMPLES) rate /= 2;
  return rate;
}

/** A PCM WAV (RIFF `WAVE`, `fmt ` of 16 bytes, `data`) of unsigned 8-bit mono samples, 128 being silence. */
export function encodeWav(sampleRate: number, samples: Uint8Array): Buffer {
  if (!(Number.isInteger(sampleRate) && sampleRate > 0))
    throw new RangeError("a positive integer sample rate");
  const pad = samples.length % 2;
  const out = Buffer.alloc(44 + samples.length + pad);
  out.write("RIFF", 0, "latin1");
  out.writeUInt32LE(out.length - 8, 4);
  out.write("WAVE", 8, "latin1");
  out.write("fmt ", 12, "latin1");
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(1, 22); // channels
  out.writeUInt32LE(sampleRate, 24);
  out.writeUInt32LE(sampleRate, 28); // bytes per second: rate × channels × 1 byte
  out.writeUInt16LE(1, 32); // block align
  out.writeUInt16LE(8, 34); // bits per sample
  out.write("data", 36, "latin1");
  out.writeUInt32LE(samples.length, 40);
  out.set(samples, 44);
  return out;
}

/**
 * A tone lasting `seconds`, its pitch (220–660 Hz) picked by a hash of the seed, fading in and out so it starts
 * and ends without a click. The same seed and duration give the same bytes.
 */
export function renderSeededWav(seed: string, seconds: number): Buffer {
  const rate = wavSampleRate(seconds);
  const count = Math.max(1, Math.round(seconds * rate));
  const hash = seedBytes(seed);
  const frequency = 220 + (hash.readUInt16BE(0) / 0xffff) * 440;
  const fade = Math.max(1, Math.round(rate * 0.02));
  const samples = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const envelope = Math.min(1, i / fade, (count - 1 - i) / fade);
    samples[i] = Math.round(128 + 100 * envelope * Math.sin((2 * Math.PI * frequency * i) / rate));
  }
  return encodeWav(rate, samples);
}
