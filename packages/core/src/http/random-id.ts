/**
 * A random UUID v4 for idempotency keys, from Web Crypto. Node 18 has no global `crypto` without a flag;
 * there the digits come from Math.random, enough for keys that only need to differ between calls.
 */
export function randomId(): string {
  const webCrypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (typeof webCrypto?.randomUUID === "function") return webCrypto.randomUUID();
  // Every 0 and 1 becomes a random hex digit, the 8 one of 8, 9, a, b (the variant); the 4 is the version.
  return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (digit) =>
    (Number(digit) ^ ((Math.random() * 16) >> (Number(digit) / 4))).toString(16),
  );
}
