/** A random UUID from Web Crypto (every supported runtime has it), used for idempotency keys. */
export function randomId(): string {
  return globalThis.crypto.randomUUID();
}
