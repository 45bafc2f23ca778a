// Every /api/v1 handler runs through here: CORS on the way out, and no failure ever becomes a
// 500 — an unexpected error (a database that is down, say) is logged and answered with a 503.
import { withCors } from "./cors";
import { problem } from "./problem";

export function apiHandler<C>(handle: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    let response: Response;
    try {
      response = await handle(request, context);
    } catch (error) {
      console.error(`${request.method} ${new URL(request.url).pathname} failed:`, (error as Error).message);
      response = problem(503, { detail: "The service is unavailable right now; try again shortly.", headers: { "Retry-After": "5" } });
    }
    return withCors(request, response);
  };
}
