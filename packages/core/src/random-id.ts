/**
 * A random UUID v4 for idempotency keys, from Web Crypto. Node 18 has no global `crypto` without a flag;
 * there the digits come from Math.random, enough for keys that only need to differ between calls.
 */
export function randomId(): string {
  const webCrypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (typeof webCrypto?.randomUUID === "function") return webCrypto.randomUUID();
  const digit = (index: number) => {
    if (index === 12) return "4";
    const value = Math.floor(Math.random() * 16);
    return (index === 16 ? 8 + (value % 4) : value).toString(16);
  };
  const hex = Array.from({ length: 32 }, (_, index) => digit(index)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
