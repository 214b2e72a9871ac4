import { describe, expect, it } from "vitest";
import { redact, redactError, redactHeaders, redactSecret } from "./redact.js";

const KEY = "rk_live_AbC/9+x";
const escaped = (text: string, backslashes = "\\") =>
  [...text].map((char) => `${backslashes}u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");

describe("redact", () => {
  it("removes the key as sent, JSON-escaped (once or more, any case, partly), URL-encoded and after Bearer", () => {
    const forms = [
      KEY,
      escaped(KEY),
      escaped(KEY).toUpperCase().replace(/\\U/g, "\\u"),
      escaped(KEY, "\\\\"),
      escaped(KEY, "\\\\\\\\"),
      `${KEY.slice(0, 4)}${escaped(KEY.slice(4))}`,
      encodeURIComponent(KEY),
      [...KEY].map((char) => `%${char.charCodeAt(0).toString(16)}`).join(""),
      KEY.replace("/", "\\/"),
    ];
    for (const form of forms) expect(redactSecret(`before ${form} after`, KEY)).toBe("before *** after");
    expect(redact("Authorization: Bearer some-other-token", KEY)).toBe("Authorization: Bearer ***");
  });

  it("keeps JSON valid where it replaces an escaped key", () => {
    const text = JSON.stringify({ message: `key ${escaped(KEY)} and ${KEY}` });
    expect(JSON.parse(redactSecret(text, KEY))).toEqual({ message: "key *** and ***" });
  });

  it("leaves a placeholder and a short test key alone, which would match ordinary words", () => {
    expect(redact("Send it as Authorization: Bearer <key>.", KEY)).toBe(
      "Send it as Authorization: Bearer <key>.",
    );
    expect(redactSecret("a kite in the sky", "k")).toBe("a kite in the sky");
    expect(redact("Bearer k", "k")).toBe("Bearer ***");
  });

  it("answers the same headers when none holds the key, and a redacted copy otherwise", () => {
    const clean = new Headers({ "x-request-id": "req_1" });
    expect(redactHeaders(clean, KEY)).toBe(clean);
    const echoed = redactHeaders(
      new Headers({ "x-request-id": `req ${KEY}`, "x-echo": `Bearer ${KEY}` }),
      KEY,
    );
    expect([echoed.get("x-request-id"), echoed.get("x-echo")]).toEqual(["req ***", "Bearer ***"]);
  });

  it("copies an error chain that shows the key, and keeps one that does not", () => {
    const clean = new TypeError("fetch failed", { cause: new Error("other side closed") });
    expect(redactError(clean, KEY)).toBe(clean);
    const inner = Object.assign(new Error(`sent ${KEY}`), { code: "E_PROXY" });
    const leaky = new TypeError("fetch failed", { cause: inner });
    const shown = redactError(leaky, KEY) as Error & { cause: Error & { code: string } };
    expect(shown).not.toBe(leaky);
    expect([shown.name, shown.message]).toEqual(["TypeError", "fetch failed"]);
    expect([shown.cause.message, shown.cause.code]).toEqual(["sent ***", "E_PROXY"]);
    expect(shown.cause.stack).not.toContain(KEY);
  });
});
