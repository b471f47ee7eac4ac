import { buildOpenApiDocument } from "@/lib/api/openapi-document";

// Public: the document describes the API, it opens nothing.
export function GET(request: Request) {
  return Response.json(buildOpenApiDocument(new URL(request.url).origin));
}
