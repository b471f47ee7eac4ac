import { describe, expect, it } from "vitest";
import { addInboxToken, readInboxTokens } from "@/lib/inbox/inbox-cookie";

const token = (n: number) => n.toString(16).padStart(32, "0");

describe("the browser's list of inbox links", () => {
  it("keeps the newest first, once each, drops anything that isn't a token, and stays bounded", () => {
    let value = addInboxToken(undefined, token(1));
    value = addInboxToken(value, token(2));
    value = addInboxToken(value, token(1));
    expect(readInboxTokens(value)).toEqual([token(1), token(2)]);
    expect(readInboxTokens(`${token(3)}.<script>.${"A".repeat(32)}`)).toEqual([token(3)]);
    for (let i = 10; i < 100; i++) value = addInboxToken(value, token(i));
    const kept = readInboxTokens(value);
    expect(kept).toHaveLength(60);
    expect(kept[0]).toBe(token(99));
    expect(value.length).toBeLessThan(4000);
  });
});
