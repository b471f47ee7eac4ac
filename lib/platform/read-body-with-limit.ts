import "server-only";
import { AppError } from "@/lib/errors";

function tooLarge(maxBytes: number) {
  return new AppError(
    "payload_too_large",
    `The body is larger than ${Math.floor(maxBytes / 1024)} KB. Send fewer events per request.`,
  );
}

/**
 * Reads a request body as raw bytes, refusing it as soon as it passes `maxBytes`. Content-Length
 * is checked first to refuse honest large bodies without reading them, and counted again while
 * reading because the header can be absent (chunked) or lie.
 */
export async function readBodyWithLimit(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
