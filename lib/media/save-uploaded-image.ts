import "server-only";
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getMediaDir } from "@/lib/media/get-media-dir";
import { mediaExtensions, mediaUrl, type MediaMimeType } from "@/lib/media/media-url";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Twice a phone bubble's CSS width, so images stay sharp on high-density screens without shipping camera originals. */
export const MAX_IMAGE_WIDTH = 1040;

/**
 * Checks an upload is really a PNG or JPEG (by its content, not its name or declared type), shrinks
 * it to MAX_IMAGE_WIDTH and stores it under MEDIA_DIR/<accountId>/. The file is written under a
 * temporary name and renamed only after the row exists, so a failure leaves neither an orphan row
 * nor a file a row points at that isn't complete.
 */
export async function saveUploadedImage({ accountId, data }: { accountId: string; data: Uint8Array }) {
  if (data.byteLength === 0) throw new AppError("unprocessable", "The file is empty. Choose a PNG or JPEG image.");
  if (data.byteLength > MAX_UPLOAD_BYTES) {
    throw new AppError("payload_too_large", `The image is ${(data.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB. Export it smaller and try again.`);
  }
  let format: string | undefined;
  try {
    format = (await sharp(data).metadata()).format;
  } catch {
    format = undefined;
  }
  if (format !== "png" && format !== "jpeg") {
    throw new AppError("unprocessable", "That file isn't a PNG or JPEG image. Choose a .png or .jpg file.");
  }
  const mimeType: MediaMimeType = format === "png" ? "image/png" : "image/jpeg";
  // rotate() applies the EXIF orientation, so a phone photo isn't shown sideways once metadata is dropped.
  const pipeline = sharp(data).rotate().resize({ width: MAX_IMAGE_WIDTH, withoutEnlargement: true });
  const { data: output, info } = await (format === "png" ? pipeline.png() : pipeline.jpeg({ quality: 82, mozjpeg: true })).toBuffer({
    resolveWithObject: true,
  });

  const id = randomUUID();
  const relativePath = path.join(/* turbopackIgnore: true */ accountId, `${id}.${mediaExtensions[mimeType]}`);
  const absolutePath = path.join(/* turbopackIgnore: true */ getMediaDir(), relativePath);
  const temporaryPath = `${absolutePath}.partial`;
  await mkdir(path.dirname(absolutePath), { recursive: true });
  await writeFile(temporaryPath, output);
  try {
    await prisma.mediaFile.create({
      data: { id, accountId, path: relativePath, mimeType, width: info.width, height: info.height, bytes: output.byteLength },
    });
    await rename(temporaryPath, absolutePath);
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  return { id, url: mediaUrl({ id, mimeType }), width: info.width, height: info.height, bytes: output.byteLength };
}
