import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";
import { getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can } from "@/lib/auth/roles";
import { ageBandOf } from "@/lib/followers/age-band-of";
import { findFollower } from "@/lib/followers/find-follower";
import { genderLabels, osLabels, statusLabels } from "@/lib/followers/filter-options";
import { formatDateTime } from "@/lib/followers/format-date-time";
import { listFollowerActivities } from "@/lib/followers/list-follower-activities";
import { parseFollowerId } from "@/lib/followers/parse-follower-id";
import { ageBandLabels } from "@/lib/followers/schemas";
import type { ActivityKind } from "@/lib/generated/prisma/enums";
import { AddTagForm, RemoveTagButton } from "./tag-forms";

export const metadata: Metadata = { title: "Follower" };

type Detail = { text?: unknown; data?: unknown; tag?: unknown; source?: unknown };

function describeActivity(kind: ActivityKind, detail: Detail): { title: string; body?: string } {
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  switch (kind) {
    case "followed":
      return { title: "Followed", body: str(detail.source) ? `via ${str(detail.source)}` : undefined };
    case "unfollowed":
      return { title: "Blocked (unfollowed)" };
    case "message":
      return { title: "Sent a message", body: str(detail.text) };
    case "postback":
      return { title: "Tapped a button (postback)", body: str(detail.data) };
    case "tag_added":
      return { title: `Tag added: ${str(detail.tag) ?? "?"}` };
    case "tag_removed":
      return { title: `Tag removed: ${str(detail.tag) ?? "?"}` };
  }
}

export default async function FollowerPage({
  params,
  searchParams,
}: {
  params: Promise<{ handle: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { handle, id: rawId } = await params;
  const { account, role } = await getAccountContextOrNotFound({ handle });
  const id = parseFollowerId(rawId);
  // Without followers.view, the follower is as invisible as another tenant's.
  if (id === undefined || !can(role, "followers.view")) notFound();
  const follower = await findFollower({ accountId: account.id, id });
  if (!follower) notFound();

  const olderParam = (await searchParams).older;
  const older = parseFollowerId(typeof olderParam === "string" ? olderParam : undefined);
  const history = await listFollowerActivities({ accountId: account.id, followerId: follower.id, olderThan: older });
  const canEdit = can(role, "followers.edit");
  const followerId = String(follower.id);
  const base = `/a/${account.handle}/followers`;
  const at = (date: Date | null) => (date ? formatDateTime(date, account.timezone) : "—");
  const band = ageBandOf(follower.birthYear);
  const attributes = Object.entries((follower.attributes ?? {}) as Record<string, unknown>);

  const facts: [string, string][] = [
    ["External id", follower.externalId],
    ["Status", statusLabels[follower.status]],
    ["Gender", genderLabels[follower.gender]],
    ["Age", band ? `${ageBandLabels[band]} (born ${follower.birthYear})` : "—"],
    ["Area", follower.area ?? "—"],
    ["Language", follower.language ?? "—"],
    ["OS", osLabels[follower.os]],
    ["Came from", follower.source],
    [`Followed at (${account.timezone})`, at(follower.followedAt)],
    ["Unfollowed at", at(follower.unfollowedAt)],
    ["Last interaction", at(follower.lastInteractionAt)],
    ...attributes.map(([key, value]): [string, string] => [key, typeof value === "string" ? value : JSON.stringify(value)]),
  ];

  return (
    <div className="max-w-4xl space-y-6">
      <nav className="text-sm">
        <Link href={base} className="font-semibold text-brand-700 hover:underline">
          ← Followers
        </Link>
      </nav>
      <header>
        <h1 className="text-2xl font-bold">{follower.displayName || "(no name)"}</h1>
        <p className="mt-1 font-mono text-sm text-slate-500">{follower.externalId}</p>
      </header>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Profile">
          <FactList facts={facts} />
        </Card>

        <Card title="Tags" description="Label followers to find them again and to target segments.">
          {follower.tags.length ? (
            canEdit ? (
              <ul className="flex flex-wrap gap-2" aria-label="Tags">
                {follower.tags.map((tag) => (
                  <RemoveTagButton key={tag} handle={account.handle} followerId={followerId} tag={tag} />
                ))}
              </ul>
            ) : (
              <ul className="flex flex-wrap gap-2" aria-label="Tags">
                {follower.tags.map((tag) => (
                  <li key={tag} className="rounded-full bg-brand-50 px-3 py-0.5 text-sm text-brand-700">
                    {tag}
                  </li>
                ))}
              </ul>
            )
          ) : (
            <p className="text-sm text-slate-500">No tags yet.</p>
          )}
          {canEdit ? (
            <div className="mt-4">
              <AddTagForm handle={account.handle} followerId={followerId} />
            </div>
          ) : null}
        </Card>
      </div>

      <Card title="History" description={`Newest first, in ${account.timezone}.`}>
        {history.activities.length ? (
          <ol className="divide-y divide-slate-100" aria-label="History">
            {history.activities.map((activity) => {
              const { title, body } = describeActivity(activity.kind, activity.detail as Detail);
              return (
                <li key={String(activity.id)} className="flex gap-4 py-2 text-sm">
                  <time className="w-36 shrink-0 text-slate-500" dateTime={activity.occurredAt.toISOString()}>
                    {at(activity.occurredAt)}
                  </time>
                  <div className="min-w-0">
                    <p className="font-medium">{title}</p>
                    {body ? <p className="break-words text-slate-600">{body}</p> : null}
                  </div>
                </li>
              );
            })}
          </ol>
        ) : (
          <p className="text-sm text-slate-500">
            {older === undefined
              ? `Nothing recorded yet. Followed on ${at(follower.followedAt)}${follower.source === "import" || follower.source === "seed" ? ` (added by ${follower.source}, which keeps no history)` : ""}.`
              : "No older activity."}
          </p>
        )}
        {history.olderCursor !== undefined || older !== undefined ? (
          <div className="mt-4 flex gap-4 text-sm">
            {older !== undefined ? (
              <Link href={`${base}/${followerId}`} className="font-semibold text-brand-700 hover:underline">
                Newest activity
              </Link>
            ) : null}
            {history.olderCursor !== undefined ? (
              <Link href={`${base}/${followerId}?older=${history.olderCursor}`} className="font-semibold text-brand-700 hover:underline">
                Older activity
              </Link>
            ) : null}
          </div>
        ) : null}
      </Card>
    </div>
  );
}
