/** How many bytes of rendered files the cache holds by default: enough for a dozen of the longest sounds. */
export const DEFAULT_RENDER_CACHE_BYTES = 16 * 1024 * 1024;

/**
 * Rendered files, so a file is drawn once however often it is downloaded. Past `limit` files or `maxBytes` in
 * all, the oldest go first (the newest always stays).
 */
export class RenderCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;

  constructor(
    private readonly limit = 64,
    private readonly maxBytes = DEFAULT_RENDER_CACHE_BYTES,
  ) {}

  get(key: string, render: () => Buffer): Buffer {
    let bytes = this.entries.get(key);
    if (bytes) return bytes;
    bytes = render();
    this.entries.set(key, bytes);
    this.bytes += bytes.length;
    while (this.entries.size > 1 && (this.entries.size > this.limit || this.bytes > this.maxBytes)) {
      const [oldest, file] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.bytes -= file.length;
    }
    return bytes;
  }

  get size(): number {
    return this.entries.size;
  }
}
