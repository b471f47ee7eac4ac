import type { Metadata } from "next";
import Link from "next/link";
import { forbiddenMessage, getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can } from "@/lib/auth/roles";
import { estimateSegmentReach } from "@/lib/segments/estimate-segment-reach";
import { listSegmentOptions } from "@/lib/segments/list-segment-options";
import { emptySegmentRule } from "@/lib/segments/schemas";
import { SegmentBuilder } from "../segment-builder";

export const metadata: Metadata = { title: "New segment" };

export default async function NewSegmentPage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const { account, role } = await getAccountContextOrNotFound({ handle });
  if (!can(role, "followers.edit")) {
    return <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{forbiddenMessage(role, "followers.edit")}</p>;
  }
  const [options, reach] = await Promise.all([
    listSegmentOptions({ accountId: account.id }),
    estimateSegmentReach({ accountId: account.id, rule: emptySegmentRule }),
  ]);
  return (
    <div className="max-w-5xl space-y-6">
      <header>
        <Link href={`/a/${account.handle}/segments`} className="text-sm text-brand-700 hover:underline">
          ← Segments
        </Link>
        <h1 className="mt-1 text-2xl font-bold">New segment</h1>
      </header>
      <SegmentBuilder handle={account.handle} initialName="" initialRule={emptySegmentRule} initialReach={reach} options={options} canEdit />
    </div>
  );
}
