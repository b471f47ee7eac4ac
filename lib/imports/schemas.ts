import { z } from "zod";

/** The columns of an import file, in the order the template and the export use. */
export const importColumns = ["external_id", "display_name", "gender", "birth_year", "area", "language", "os", "tags"] as const;
export type ImportColumn = (typeof importColumns)[number];

/**
 * Tags inside the one `tags` cell. A pipe, because `;` is the field delimiter of many European
 * spreadsheets and tags can't contain commas anyway.
 */
export const TAG_SEPARATOR = "|";

export const MAX_IMPORT_ROWS = 1_000_000;
/** 1M rows of the widest realistic profile fit well under this; anything larger is not a follower list. */
export const MAX_IMPORT_BYTES = 150 * 1024 * 1024;
/** A row longer than this is a broken file (an unclosed quote swallowing lines), not a follower. */
export const MAX_ROW_BYTES = 64 * 1024;
/** Each stored piece of an upload; small enough to load one at a time, big enough to keep the row count low. */
export const IMPORT_CHUNK_BYTES = 1024 * 1024;
/** How many row errors the API returns; the console's CSV download has all of them. */
export const API_ERROR_LIMIT = 1_000;

export const importIdSchema = z.uuid({ message: "That is not an import id." });

export const importFileNameSchema = z
  .string()
  .trim()
  .max(200)
  .transform((name) => name.replace(/[\u0000-\u001f\u007f]/g, "") || "followers.csv")
  .catch("followers.csv");

export const importStatusLabels = {
  queued: "Queued",
  running: "Importing",
  completed: "Done",
  failed: "Failed",
} as const;
