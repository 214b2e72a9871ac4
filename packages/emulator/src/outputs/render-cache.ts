/** Rendered files, so a file is drawn once however often it is downloaded; the oldest go first past `limit`. */
export class RenderCache {
  private readonly entries = new Map<string, Buffer>();

  constructor(private readonly limit = 64) {}

  get(key: string, render: () => Buffer): Buffer {
    let bytes = this.entries.get(key);
    if (bytes) return bytes;
    bytes = render();
    this.entries.set(key, bytes);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return bytes;
  }

  get size(): number {
    return this.entries.size;
  }
}
