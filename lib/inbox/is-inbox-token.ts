// The shape of followers.inbox_token (a uuid without dashes). Checked before any lookup, so a
// malformed link never reaches the database.
const INBOX_TOKEN = /^[0-9a-f]{32}$/;

export function isInboxToken(value: string): boolean {
  return INBOX_TOKEN.test(value);
}
