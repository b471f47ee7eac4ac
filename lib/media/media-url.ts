/**
 * Where an uploaded image is served: `/media/<id>.<ext>`, relative to the console's origin. Bubbles
 * keep it relative so a changed APP_URL or host doesn't break old campaigns; the http transport
 * makes it absolute (APP_URL) before it leaves for the gateway.
 */
export const mediaPathPattern = /^\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(jpg|png)$/;

export const mediaExtensions = { "image/jpeg": "jpg", "image/png": "png" } as const;
export type MediaMimeType = keyof typeof mediaExtensions;

export function mediaUrl({ id, mimeType }: { id: string; mimeType: MediaMimeType }): string {
  return `/media/${id}.${mediaExtensions[mimeType]}`;
}

export function isMediaPath(url: string): boolean {
  return mediaPathPattern.test(url);
}
