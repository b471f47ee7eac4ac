import { requireRole } from "@/lib/auth/require-role";
import { errorResponse } from "@/lib/errors";
import { streamFollowersCsv } from "@/lib/followers/export-followers-csv";
import { parseFollowerFilterQuery } from "@/lib/followers/parse-filter-query";

/**
 * The follower list as CSV, filtered by the same query string as the list page
 * (`/a/<handle>/followers/export?gender=female&tag=vip…`), streamed as it is read.
 */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  try {
    const { handle } = await params;
    const { account } = await requireRole({ handle: decodeURIComponent(handle), permission: "followers.view" });
    const filter = parseFollowerFilterQuery(new URL(request.url).searchParams);
    const date = new Date().toISOString().slice(0, 10);
    return new Response(streamFollowersCsv({ accountId: account.id, filter }), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="followers-${account.handle}-${date}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
