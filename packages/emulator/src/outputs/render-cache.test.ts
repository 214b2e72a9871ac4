import { describe, expect, it } from "vitest";
import { RenderCache } from "./render-cache.js";

describe("the render cache", () => {
  it("renders a file once, and forgets the oldest past its limit", () => {
    const cache = new RenderCache(2);
    let renders = 0;
    const render = () => {
      renders += 1;
      return Buffer.from([renders]);
    };
    expect([...cache.get("a", render)]).toEqual([1]);
    expect([...cache.get("a", render)]).toEqual([1]);
    cache.get("b", render);
    cache.get("c", render);
    expect(cache.size).toBe(2);
    expect([...cache.get("a", render)]).toEqual([4]);
    expect(renders).toBe(4);
  });

  it("holds at most maxBytes of files, forgetting the oldest, but always the newest", () => {
    const cache = new RenderCache(64, 10);
    cache.get("a", () => Buffer.alloc(4));
    cache.get("b", () => Buffer.alloc(4));
    expect(cache.size).toBe(2);
    cache.get("c", () => Buffer.alloc(4));
    expect(cache.size).toBe(2);
    cache.get("huge", () => Buffer.alloc(100));
    expect(cache.size).toBe(1);
    let rendered = false;
    cache.get("huge", () => {
      rendered = true;
      return Buffer.alloc(100);
    });
    expect(rendered).toBe(false);
  });
});
