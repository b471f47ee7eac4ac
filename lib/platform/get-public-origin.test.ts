import { afterEach, describe, expect, it } from "vitest";
import { getPublicOrigin } from "@/lib/platform/get-public-origin";

describe("getPublicOrigin", () => {
  const original = process.env.APP_URL;
  afterEach(() => {
    if (original === undefined) delete process.env.APP_URL;
    else process.env.APP_URL = original;
  });

  it("uses the request's Host, and ignores X-Forwarded-* unless a trusted proxy writes them", () => {
    delete process.env.APP_URL;
    const headers = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(getPublicOrigin(headers)).toBe("http://127.0.0.1:3000");
  });

  it("prefers APP_URL, reduced to its origin, and refuses one that isn't a URL", () => {
    process.env.APP_URL = "https://friendcast.example.com/some/path";
    expect(getPublicOrigin(new Headers({ host: "internal:3000" }))).toBe("https://friendcast.example.com");
    process.env.APP_URL = "friendcast.example.com";
    expect(() => getPublicOrigin(new Headers())).toThrow(/APP_URL must be an absolute URL/);
  });
});
