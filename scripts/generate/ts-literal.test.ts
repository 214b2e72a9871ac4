import { describe, expect, it } from "vitest";
import { Code, callStatement, tsLiteral } from "./ts-literal.ts";

describe("tsLiteral", () => {
  it("writes identifier keys bare, other keys quoted, strings in double quotes, on one line where it fits", () => {
    expect(
      tsLiteral(
        { model: "m", "aspect-ratio": "16:9", n: 2, on: true, none: null, urls: ["a", "b"] },
        { width: 100 },
      ),
    ).toBe('{ model: "m", "aspect-ratio": "16:9", n: 2, on: true, none: null, urls: ["a", "b"] }');
    expect(tsLiteral({})).toBe("{}");
    expect(tsLiteral([])).toBe("[]");
    expect(tsLiteral('say "hi"')).toBe('"say \\"hi\\""');
  });

  it("breaks what does not fit into one entry per line with trailing commas, nested ones only as far as needed", () => {
    const value = {
      model: "flux-2-pro-text-to-image",
      prompt: "x".repeat(40),
      sizes: [1, 2],
      more: { a: 1 },
    };
    expect(tsLiteral(value, { width: 40 })).toBe(
      [
        "{",
        '  model: "flux-2-pro-text-to-image",',
        `  prompt: "${"x".repeat(40)}",`,
        "  sizes: [1, 2],",
        "  more: { a: 1 },",
        "}",
      ].join("\n"),
    );
    expect(tsLiteral({ list: ["a".repeat(30), "b".repeat(30)] }, { indent: "  ", width: 40 })).toBe(
      ["{", "    list: [", `      "${"a".repeat(30)}",`, `      "${"b".repeat(30)}",`, "    ],", "  }"].join(
        "\n",
      ),
    );
  });

  it("counts what stands before and after it on the line", () => {
    const value = { prompt: "a cat" };
    expect(tsLiteral(value, { width: 20 })).toBe('{ prompt: "a cat" }');
    expect(tsLiteral(value, { before: 10, width: 20 })).toBe('{\n  prompt: "a cat",\n}');
    expect(tsLiteral(value, { after: 2, width: 20 })).toBe('{\n  prompt: "a cat",\n}');
  });

  it("places source text as it is where a value stands", () => {
    expect(tsLiteral({ file: new Code('await read("./a.png")'), files: [new Code("f")] })).toBe(
      '{ file: await read("./a.png"), files: [f] }',
    );
  });
});

describe("callStatement", () => {
  it("keeps a call on one line where it fits", () => {
    expect(callStatement("const t = await client.run", [{ prompt: "a cat" }])).toBe(
      'const t = await client.run({ prompt: "a cat" });',
    );
  });

  it("keeps a single argument's braces on the call's lines, and puts several arguments one per line", () => {
    const params = { model: "flux-2-pro-text-to-image", prompt: "A lighthouse on a cliff at dawn" };
    expect(callStatement("const task = await client.run", [params])).toBe(
      [
        "const task = await client.run({",
        '  model: "flux-2-pro-text-to-image",',
        '  prompt: "A lighthouse on a cliff at dawn",',
        "});",
      ].join("\n"),
    );
    const short = { model: "flux-2-pro-text-to-image", prompt: "A lighthouse" };
    expect(callStatement("const task = await client.run", [short, { onProgress: new Code("log") }])).toBe(
      [
        "const task = await client.run(",
        '  { model: "flux-2-pro-text-to-image", prompt: "A lighthouse" },',
        "  { onProgress: log },",
        ");",
      ].join("\n"),
    );
  });
});
