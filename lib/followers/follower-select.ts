/** The columns a follower row shows wherever followers are listed (console list, API pages). */
export const followerRowSelect = {
  id: true,
  externalId: true,
  displayName: true,
  gender: true,
  birthYear: true,
  area: true,
  language: true,
  os: true,
  tags: true,
  status: true,
  followedAt: true,
} as const;
