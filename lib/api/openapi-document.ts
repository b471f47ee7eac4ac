import { z } from "zod";
import { campaignViewSchema, createCampaignSchema } from "@/lib/campaigns/schemas";
import { externalIdSchema, followerFilterSchema, followerProfileSchema, followerStatuses, tagSchema } from "@/lib/followers/schemas";

// The followers and imports shapes below describe routes built on other branches; their own
// schemas replace these when they meet (kept here so the document covers all of /api/v1 now).
const followerInputSchema = followerProfileSchema.extend({
  externalId: externalIdSchema,
  tags: z.array(tagSchema).max(50).optional(),
  attributes: z.record(z.string(), z.string().max(200)).optional(),
});
const followerViewSchema = followerProfileSchema.extend({
  id: z.string().describe("Follower id (a bigint, as a string)"),
  externalId: z.string(),
  status: z.enum(followerStatuses),
  tags: z.array(z.string()),
  attributes: z.record(z.string(), z.string()),
  followedAt: z.string(),
});
const importViewSchema = z.object({
  id: z.uuid(),
  status: z.enum(["queued", "running", "completed", "failed"]),
  fileName: z.string(),
  processed: z.number().int(),
  imported: z.number().int(),
  failed: z.number().int(),
  error: z.string().nullable(),
  errors: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});
const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }) });
const statusSchema = z.object({ id: z.uuid(), status: campaignViewSchema.shape.status });

function schema(type: z.ZodType, io: "input" | "output" = "output") {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(type, {
    io,
    unrepresentable: "any",
    // Dates travel as ISO strings.
    override: ({ zodSchema, jsonSchema }) => {
      if ((zodSchema as { _zod?: { def?: { type?: string } } })._zod?.def?.type === "date") {
        jsonSchema.type = "string";
        jsonSchema.format = "date-time";
      }
    },
  });
  return rest;
}

const json = (type: z.ZodType, io: "input" | "output" = "output") => ({ "application/json": { schema: schema(type, io) } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: errorDescriptions[s] ?? "Error", content: json(errorSchema) }]));
const errorDescriptions: Record<number, string> = {
  400: "Invalid input; the message names the field",
  401: "Missing, unknown or revoked token",
  404: "No such object in this account",
  409: "The object's state doesn't allow this; the message says why",
  422: "Refused: quota, empty audience, past schedule",
};
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const campaignAction = (summary: string) => ({
  post: {
    summary,
    parameters: [idParam],
    responses: { "200": { description: "New status", content: json(statusSchema) }, ...errors(401, 404, 409, 422) },
  },
});

/** OpenAPI 3.1 for /api/v1, generated from the zod schemas the routes validate with. */
export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Friendcast API",
      version: "1",
      description: "Account API: followers, imports and broadcast campaigns. Authenticate with an account token: `Authorization: Bearer fc_…`.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    paths: {
      "/api/v1/campaigns": {
        post: {
          summary: "Create a campaign (a draft, or sent at once with send: true)",
          requestBody: { required: true, content: json(createCampaignSchema, "input") },
          responses: { "201": { description: "Created", content: json(statusSchema) }, ...errors(400, 401, 404, 422) },
        },
        get: {
          summary: "List campaigns, newest first",
          parameters: [
            { name: "cursor", in: "query", schema: { type: "string", format: "uuid" } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 50 } },
          ],
          responses: {
            "200": { description: "A page", content: json(z.object({ campaigns: z.array(campaignViewSchema), nextCursor: z.uuid().nullable() })) },
            ...errors(400, 401),
          },
        },
      },
      "/api/v1/campaigns/{id}": {
        get: {
          summary: "A campaign with its status and counters",
          parameters: [idParam],
          responses: { "200": { description: "The campaign", content: json(campaignViewSchema) }, ...errors(401, 404) },
        },
      },
      "/api/v1/campaigns/{id}/send": campaignAction("Send a draft (now, or at its scheduledAt)"),
      "/api/v1/campaigns/{id}/pause": campaignAction("Pause a sending campaign within one batch"),
      "/api/v1/campaigns/{id}/resume": campaignAction("Resume a paused campaign"),
      "/api/v1/campaigns/{id}/cancel": campaignAction("Cancel a scheduled, sending or paused campaign"),
      "/api/v1/followers": {
        post: {
          summary: "Add or update a follower by external id",
          requestBody: { required: true, content: json(followerInputSchema, "input") },
          responses: { "201": { description: "The follower", content: json(followerViewSchema) }, ...errors(400, 401) },
        },
        get: {
          summary: "List followers matching a filter",
          parameters: Object.keys(followerFilterSchema.shape).map((name) => ({ name, in: "query", schema: {} })),
          responses: {
            "200": { description: "A page", content: json(z.object({ followers: z.array(followerViewSchema), nextCursor: z.string().nullable() })) },
            ...errors(400, 401),
          },
        },
      },
      "/api/v1/followers/import": {
        post: {
          summary: "Import followers from a CSV file (header: externalId, displayName, gender, birthYear, area, language, os, tags)",
          requestBody: {
            required: true,
            content: { "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } }, required: ["file"] } } },
          },
          responses: { "202": { description: "Queued", content: json(importViewSchema.pick({ id: true, status: true })) }, ...errors(400, 401, 413) },
        },
      },
      "/api/v1/imports/{id}": {
        get: {
          summary: "An import's progress and skipped rows",
          parameters: [idParam],
          responses: { "200": { description: "The import", content: json(importViewSchema) }, ...errors(401, 404) },
        },
      },
      "/api/v1/openapi.json": { get: { summary: "This document", security: [], responses: { "200": { description: "OpenAPI 3.1" } } } },
    },
  };
}
