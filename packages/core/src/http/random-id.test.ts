import { describe, expect, it } from "vitest";
import { randomId } from "./random-id.js";

describe("idempotency keys", () => {
  it("are UUIDs, also where there is no Web Crypto", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(randomId()).toMatch(uuid);
    const crypto = Object.getOwnPropertyDescriptor(globalThis, "crypto");
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
    try {
      const ids = Array.from({ length: 1000 }, randomId);
      for (const id of ids) expect(id).toMatch(uuid);
      expect(new Set(ids).size).toBe(1000);
    } finally {
      Object.defineProperty(globalThis, "crypto", crypto as PropertyDescriptor);
    }
  });
});
