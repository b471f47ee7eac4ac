import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { constantTimeEqual } from "@/lib/platform/constant-time-equal";
import { signWebhookBody, verifyWebhookSignature } from "@/lib/platform/verify-webhook-signature";

const secret = "a".repeat(64);
const body = new TextEncoder().encode('{"events":[]}');

function codeOf(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
}

describe("constantTimeEqual", () => {
  it("is true only for equal inputs, and never throws on different lengths", () => {
    expect(constantTimeEqual("same", "same")).toBe(true);
    expect(constantTimeEqual("same", "Same")).toBe(false);
    expect(constantTimeEqual("short", "a much longer string")).toBe(false);
    expect(constantTimeEqual("", "")).toBe(true);
    expect(constantTimeEqual("", "x")).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });
});

describe("webhook signatures", () => {
  it("signs like LINE: base64 HMAC-SHA256 of the raw body", () => {
    expect(signWebhookBody(secret, body)).toBe(createHmac("sha256", secret).update(body).digest("base64"));
  });

  it("accepts the right signature and refuses a missing, wrong or differently-keyed one", () => {
    const good = signWebhookBody(secret, body);
    expect(codeOf(() => verifyWebhookSignature({ channelSecret: secret, rawBody: body, signature: good }))).toBeUndefined();
    expect(codeOf(() => verifyWebhookSignature({ channelSecret: secret, rawBody: body, signature: null }))).toBe("unauthorized");
    expect(codeOf(() => verifyWebhookSignature({ channelSecret: secret, rawBody: body, signature: "" }))).toBe("unauthorized");
    expect(codeOf(() => verifyWebhookSignature({ channelSecret: secret, rawBody: body, signature: good.slice(0, -2) }))).toBe("unauthorized");
    expect(codeOf(() => verifyWebhookSignature({ channelSecret: "b".repeat(64), rawBody: body, signature: good }))).toBe("unauthorized");
    const reformatted = new TextEncoder().encode('{ "events": [] }');
    expect(codeOf(() => verifyWebhookSignature({ channelSecret: secret, rawBody: reformatted, signature: good }))).toBe("unauthorized");
  });
});
