import { Prisma } from "@/lib/generated/prisma/client";
import { birthYearRanges } from "@/lib/followers/birth-year-ranges";
import type { SegmentRule } from "@/lib/segments/schemas";

/**
 * The segment rule as SQL conditions on `followers f`, for statements that must select followers
 * inside PostgreSQL (campaign planning inserts a page of deliveries without bringing a million
 * ids through the worker). It mirrors buildSegmentWhere clause for clause; a test checks both
 * count the same people for every kind of rule.
 */
export function buildSegmentSql(rule: Partial<SegmentRule>, now = new Date()): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`f.status = 'following'`];
  if (rule.genders?.length) and.push(Prisma.sql`f.gender = ANY(${rule.genders}::"Gender"[])`);
  if (rule.ageBands?.length) {
    const ranges = birthYearRanges(rule.ageBands, now.getUTCFullYear()).map((range) => {
      const bounds: Prisma.Sql[] = [Prisma.sql`f.birth_year IS NOT NULL`];
      if (typeof range.gte === "number") bounds.push(Prisma.sql`f.birth_year >= ${range.gte}`);
      if (typeof range.lte === "number") bounds.push(Prisma.sql`f.birth_year <= ${range.lte}`);
      return Prisma.sql`(${Prisma.join(bounds, " AND ")})`;
    });
    and.push(Prisma.sql`(${Prisma.join(ranges, " OR ")})`);
  }
  if (rule.areas?.length) and.push(Prisma.sql`f.area = ANY(${rule.areas}::text[])`);
  if (rule.languages?.length) and.push(Prisma.sql`f.language = ANY(${rule.languages}::text[])`);
  if (rule.os?.length) and.push(Prisma.sql`f.os = ANY(${rule.os}::"DeviceOs"[])`);
  if (rule.followedWithinDays) {
    // followed_at is a UTC timestamp without zone, as Prisma writes DateTime.
    const since = new Date(now.getTime() - rule.followedWithinDays * 86_400_000).toISOString();
    and.push(Prisma.sql`f.followed_at >= (${since}::timestamptz AT TIME ZONE 'UTC')`);
  }
  if (rule.tags?.length) and.push(rule.tagMode === "all" ? Prisma.sql`f.tags @> ${rule.tags}::text[]` : Prisma.sql`f.tags && ${rule.tags}::text[]`);
  return Prisma.join(and, " AND ");
}
