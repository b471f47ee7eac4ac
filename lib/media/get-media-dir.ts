import "server-only";
import path from "node:path";

export const DEFAULT_MEDIA_DIR = ".friendcast/media";

/** MEDIA_DIR (default `.friendcast/media`), resolved against the working directory the server started in. */
export function getMediaDir(env: NodeJS.ProcessEnv = process.env): string {
  // turbopackIgnore: a runtime data folder, not code; without it the build traces the whole project into the output.
  return path.resolve(/* turbopackIgnore: true */ env.MEDIA_DIR?.trim() || DEFAULT_MEDIA_DIR);
}
