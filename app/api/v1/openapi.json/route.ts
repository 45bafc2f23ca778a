import { apiHandler } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";
import { settings } from "@/lib/config/settings";

/** The token API's OpenAPI 3.1 document, generated from the schemas the handlers validate with. */
export const GET = apiHandler(async () =>
  Response.json(openApiDocument(settings().appUrl), { headers: { "Cache-Control": "public, max-age=300" } }),
);
