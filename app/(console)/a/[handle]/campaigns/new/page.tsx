import type { Metadata } from "next";
import { getAccountContextOrNotFound } from "@/lib/auth/require-role";
import type { Audience } from "@/lib/campaigns/schemas";
import { Composer } from "../composer";
import { getComposerPageData } from "../composer-page-data";

export const metadata: Metadata = { title: "New campaign" };

const allFollowers: Audience = { type: "all" };

export default async function NewCampaignPage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const context = await getAccountContextOrNotFound({ handle });
  const data = await getComposerPageData(context, allFollowers);
  return (
    <div className="max-w-6xl space-y-6">
      <h1 className="text-2xl font-bold">New campaign</h1>
      <Composer {...data} campaignId={null} initial={{ name: "", messages: [{ type: "text", text: "" }], audience: allFollowers, scheduledAt: "" }} />
    </div>
  );
}
