import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { refuseCrossSite } from "@/lib/edge/same-origin";

export const { GET } = handlers;

// Sign-in, sign-out and session updates change state: refused from other sites, whatever
// the middleware did.
export async function POST(request: NextRequest) {
  return refuseCrossSite(request) ?? handlers.POST(request);
}
