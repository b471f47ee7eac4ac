import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getMediaDir } from "@/lib/media/get-media-dir";
import { mediaExtensions, mediaPathPattern } from "@/lib/media/media-url";

/**
 * The bytes behind `/media/<id>.<ext>`. Not scoped to a session on purpose: followers' phones and
 * the gateway fetch these without signing in, like any image in a sent message. The random id is
 * what keeps an unsent draft's image from being guessed.
 */
export async function readMediaFile({ urlPath }: { urlPath: string }) {
  const match = mediaPathPattern.exec(urlPath);
  if (!match) throw new AppError("not_found", "There is no such image.");
  const [, id, extension] = match;
  const row = await prisma.mediaFile.findUnique({ where: { id }, select: { path: true, mimeType: true } });
  if (!row || mediaExtensions[row.mimeType as keyof typeof mediaExtensions] !== extension) throw new AppError("not_found", "There is no such image.");
  const data = await readFile(path.join(/* turbopackIgnore: true */ getMediaDir(), row.path)).catch(() => {
    throw new AppError("not_found", "The image file is missing from MEDIA_DIR.");
  });
  return { data, mimeType: row.mimeType };
}
