import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors";
import { estimateSegmentReach } from "@/lib/segments/estimate-segment-reach";
import { getSegmentOrThrow } from "@/lib/segments/get-segment-or-throw";
import { listSegmentOptions } from "@/lib/segments/list-segment-options";
import { SegmentBuilder } from "../segment-builder";
import { DeleteSegmentForm } from "./delete-segment-form";

export const metadata: Metadata = { title: "Segment" };

async function findSegment(accountId: string, segmentId: string) {
  try {
    return await getSegmentOrThrow({ accountId, segmentId });
  } catch (error) {
    // Missing, malformed and another account's ids all get the same 404 page.
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function SegmentPage({ params }: { params: Promise<{ handle: string; segmentId: string }> }) {
  const { handle, segmentId } = await params;
  const { account, role } = await getAccountContextOrNotFound({ handle });
  // Roles without follower access get the same 404 as a missing segment: the id says nothing to them.
  if (!can(role, "followers.view")) notFound();
  const segment = await findSegment(account.id, segmentId);
  const [options, reach] = await Promise.all([
    listSegmentOptions({ accountId: account.id }),
    estimateSegmentReach({ accountId: account.id, rule: segment.rule }),
  ]);
  const canEdit = can(role, "followers.edit");
  return (
    <div className="max-w-5xl space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Link href={`/a/${account.handle}/segments`} className="text-sm text-brand-700 hover:underline">
            ← Segments
          </Link>
          <h1 className="mt-1 text-2xl font-bold">{segment.name}</h1>
        </div>
        {canEdit ? <DeleteSegmentForm handle={account.handle} segmentId={segment.id} name={segment.name} /> : null}
      </header>
      <SegmentBuilder
        handle={account.handle}
        segmentId={segment.id}
        initialName={segment.name}
        initialRule={segment.rule}
        initialReach={reach}
        options={options}
        canEdit={canEdit}
      />
    </div>
  );
}
