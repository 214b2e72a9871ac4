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
});
