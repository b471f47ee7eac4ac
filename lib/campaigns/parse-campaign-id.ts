import { z } from "zod";
import { AppError } from "@/lib/errors";

/** Anything that isn't a campaign id can't name one of this account's campaigns: the same 404 as a missing one. */
export function parseCampaignId(value: string): string {
  if (!z.uuid().safeParse(value).success) throw new AppError("not_found", "There is no such campaign in this account. Check the id.");
  return value;
}
