import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { readMediaFile } from "@/lib/media/read-media-file";
import { MAX_IMAGE_WIDTH, saveUploadedImage } from "@/lib/media/save-uploaded-image";
import { seedAccountWithFollowers } from "@/lib/test/fanout-harness";

let mediaDir: string;
const original = process.env.MEDIA_DIR;

beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(tmpdir(), "friendcast-media-"));
  process.env.MEDIA_DIR = mediaDir;
});
afterAll(async () => {
  if (original === undefined) delete process.env.MEDIA_DIR;
  else process.env.MEDIA_DIR = original;
  await rm(mediaDir, { recursive: true, force: true });
});

const image = (width: number, height: number, format: "png" | "jpeg") =>
  sharp({ create: { width, height, channels: 3, background: { r: 6, g: 199, b: 85 } } })[format]().toBuffer();

describe("uploaded images", () => {
  it("resizes a wide JPEG for phones, stores it under MEDIA_DIR per account and serves it back", async () => {
    const { accountId } = await seedAccountWithFollowers(0);
    const saved = await saveUploadedImage({ accountId, data: await image(3000, 1500, "jpeg") });
    expect(saved).toMatchObject({ width: MAX_IMAGE_WIDTH, height: 520, url: `/media/${saved.id}.jpg` });

    const row = await prisma.mediaFile.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ accountId, mimeType: "image/jpeg", path: path.join(accountId, `${saved.id}.jpg`), bytes: saved.bytes });
    const onDisk = await readFile(path.join(mediaDir, row.path));
    expect((await sharp(onDisk).metadata()).width).toBe(MAX_IMAGE_WIDTH);

    const served = await readMediaFile({ urlPath: saved.url });
    expect(served.mimeType).toBe("image/jpeg");
    expect(Buffer.compare(served.data, onDisk)).toBe(0);
    // The id with the wrong extension, or a made-up id, is simply missing.
    await expect(readMediaFile({ urlPath: `/media/${saved.id}.png` })).rejects.toMatchObject({ code: "not_found" });
    await expect(readMediaFile({ urlPath: "/media/../../etc/passwd" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("keeps a small PNG's size and format", async () => {
    const { accountId } = await seedAccountWithFollowers(0);
    const saved = await saveUploadedImage({ accountId, data: await image(200, 100, "png") });
    expect(saved).toMatchObject({ width: 200, height: 100, url: `/media/${saved.id}.png` });
  });

  it("refuses a file that isn't a PNG or JPEG by content, an empty one, and one over 5 MB, writing nothing", async () => {
    const { accountId } = await seedAccountWithFollowers(0);
    await expect(saveUploadedImage({ accountId, data: new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>") })).rejects.toMatchObject({
      code: "unprocessable",
      message: "That file isn't a PNG or JPEG image. Choose a .png or .jpg file.",
    });
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "red" } }).gif().toBuffer();
    await expect(saveUploadedImage({ accountId, data: gif })).rejects.toMatchObject({ code: "unprocessable" });
    await expect(saveUploadedImage({ accountId, data: new Uint8Array() })).rejects.toMatchObject({ code: "unprocessable" });
    await expect(saveUploadedImage({ accountId, data: new Uint8Array(5 * 1024 * 1024 + 1) })).rejects.toMatchObject({
      code: "payload_too_large",
      message: expect.stringContaining("the limit is 5 MB"),
    });
    expect(await prisma.mediaFile.count({ where: { accountId } })).toBe(0);
  });
});
