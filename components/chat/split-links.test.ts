import { describe, expect, it } from "vitest";
import { splitLinks } from "@/components/chat/split-links";

describe("splitLinks", () => {
  it("finds http(s) links and leaves trailing punctuation as text", () => {
    expect(splitLinks("Sale at https://shop.example/sale. See you!")).toEqual([
      { kind: "text", text: "Sale at " },
      { kind: "link", url: "https://shop.example/sale" },
      { kind: "text", text: ". See you!" },
    ]);
  });

  it("never makes javascript: or markup into a link", () => {
    expect(splitLinks('javascript:alert(1) <a href="x">')).toEqual([{ kind: "text", text: 'javascript:alert(1) <a href="x">' }]);
  });
});
