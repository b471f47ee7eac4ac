import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addFollowerTag } from "@/lib/followers/add-follower-tag";
import { listFollowerActivities } from "@/lib/followers/list-follower-activities";
import { removeFollowerTag } from "@/lib/followers/remove-follower-tag";
import { followerTagInputSchema, MAX_TAGS_PER_FOLLOWER } from "@/lib/followers/schemas";
import { createTestAccount, createTestUser, uniqueSuffix } from "@/lib/test/factories";

async function setup(tags: string[] = []) {
  const user = await createTestUser();
  const account = await createTestAccount({ ownerId: user.id });
  const follower = await prisma.follower.create({ data: { accountId: account.id, externalId: `U${uniqueSuffix()}`, tags }, select: { id: true } });
  return { actorId: user.id, accountId: account.id, followerId: follower.id };
}

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

const tagsOf = async (id: bigint) => (await prisma.follower.findUniqueOrThrow({ where: { id }, select: { tags: true } })).tags;

describe("follower tags", () => {
  it("adds and removes a tag, each change in the follower's history, newest first", async () => {
    const { actorId, accountId, followerId } = await setup(["regular"]);
    await addFollowerTag({ accountId, followerId, actorId, input: { tag: "vip" } });
    expect(await tagsOf(followerId)).toEqual(["regular", "vip"]);
    await removeFollowerTag({ accountId, followerId, actorId, input: { tag: "regular" } });
    expect(await tagsOf(followerId)).toEqual(["vip"]);

    const { activities } = await listFollowerActivities({ accountId, followerId });
    expect(activities.map((a) => [a.kind, a.detail])).toEqual([
      ["tag_removed", { tag: "regular", by: actorId }],
      ["tag_added", { tag: "vip", by: actorId }],
    ]);
  });

  it("refuses a tag the follower already has, or one that isn't there, and writes no history for it", async () => {
    const { actorId, accountId, followerId } = await setup(["vip"]);
    expect(await codeOf(addFollowerTag({ accountId, followerId, actorId, input: { tag: "vip" } }))).toBe("conflict");
    expect(await codeOf(removeFollowerTag({ accountId, followerId, actorId, input: { tag: "gone" } }))).toBe("conflict");
    expect(await tagsOf(followerId)).toEqual(["vip"]);
    expect(await prisma.followerActivity.count({ where: { followerId } })).toBe(0);
  });

  it("adds a tag once when two people add it at the same time", async () => {
    const { actorId, accountId, followerId } = await setup();
    const results = await Promise.allSettled([
      addFollowerTag({ accountId, followerId, actorId, input: { tag: "lunch" } }),
      addFollowerTag({ accountId, followerId, actorId, input: { tag: "lunch" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await tagsOf(followerId)).toEqual(["lunch"]);
    expect(await prisma.followerActivity.count({ where: { followerId, kind: "tag_added" } })).toBe(1);
  });

  it(`stops at ${MAX_TAGS_PER_FOLLOWER} tags with a message saying what to do`, async () => {
    const { actorId, accountId, followerId } = await setup(Array.from({ length: MAX_TAGS_PER_FOLLOWER }, (_, i) => `t${i}`));
    const error = await addFollowerTag({ accountId, followerId, actorId, input: { tag: "one-more" } }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("unprocessable");
    expect((error as AppError).message).toContain("Remove one");
    expect(await tagsOf(followerId)).toHaveLength(MAX_TAGS_PER_FOLLOWER);
  });

  it("treats another account's follower as not found and leaves it alone", async () => {
    const mine = await setup();
    const theirs = await setup(["theirs"]);
    expect(await codeOf(addFollowerTag({ accountId: mine.accountId, followerId: theirs.followerId, actorId: mine.actorId, input: { tag: "x" } }))).toBe("not_found");
    expect(await codeOf(removeFollowerTag({ accountId: mine.accountId, followerId: theirs.followerId, actorId: mine.actorId, input: { tag: "theirs" } }))).toBe("not_found");
    expect(await tagsOf(theirs.followerId)).toEqual(["theirs"]);
    expect(await prisma.followerActivity.count({ where: { followerId: theirs.followerId } })).toBe(0);
    expect((await listFollowerActivities({ accountId: mine.accountId, followerId: theirs.followerId })).activities).toEqual([]);
  });

  it("validates tags with the shared tag schema", () => {
    expect(followerTagInputSchema.safeParse({ tag: "  vip  " }).data).toEqual({ tag: "vip" });
    expect(followerTagInputSchema.safeParse({ tag: "a,b" }).error?.issues[0]?.message).toBe("Tags can't contain commas.");
    expect(followerTagInputSchema.safeParse({ tag: "" }).error?.issues[0]?.message).toBe("A tag can't be empty.");
    expect(followerTagInputSchema.safeParse({ tag: "x".repeat(41) }).error?.issues[0]?.message).toBe("Keep tags under 40 characters.");
  });
});

describe("follower history", () => {
  it("pages newest first by when things happened, not by when they were written", async () => {
    const { accountId, followerId } = await setup();
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));
    // Written out of order, as redelivered webhook events can be.
    for (const minute of [3, 1, 4, 1, 5, 9, 2, 6]) {
      await prisma.followerActivity.create({ data: { accountId, followerId, kind: "message", occurredAt: at(minute), detail: { text: `m${minute}` } } });
    }
    const seen: string[] = [];
    let page = await listFollowerActivities({ accountId, followerId, limit: 3 });
    for (;;) {
      seen.push(...page.activities.map((a) => (a.detail as { text: string }).text));
      if (page.olderCursor === undefined) break;
      page = await listFollowerActivities({ accountId, followerId, limit: 3, olderThan: page.olderCursor });
    }
    expect(seen).toEqual(["m9", "m6", "m5", "m4", "m3", "m2", "m1", "m1"]);
  });
});
