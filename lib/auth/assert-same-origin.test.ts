import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "@/lib/auth/assert-same-origin";

const post = (headers: Record<string, string>) => new Request("http://console.test/a/acme/campaigns/media", { method: "POST", headers });

describe("assertSameOrigin", () => {
  it("lets the console's own origin through, and a request without Origin (same-origin fetches may omit it)", () => {
    expect(() => assertSameOrigin(post({ origin: "http://console.test", host: "console.test" }))).not.toThrow();
    expect(() => assertSameOrigin(post({ host: "console.test" }))).not.toThrow();
  });

  it("trusts the proxy's forwarded host over Host", () => {
    expect(() => assertSameOrigin(post({ origin: "https://friendcast.example", host: "127.0.0.1:3000", "x-forwarded-host": "friendcast.example" }))).not.toThrow();
  });

  it("refuses another site's upload as forbidden", () => {
    expect(() => assertSameOrigin(post({ origin: "https://evil.example", host: "console.test" }))).toThrow(
      expect.objectContaining({ code: "forbidden", message: "Upload from the Friendcast console itself." }),
    );
  });
});
