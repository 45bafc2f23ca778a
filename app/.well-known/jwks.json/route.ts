import { signingKeys } from "@/lib/tokens/signing-keys";

// The keys are read from the environment at run time, never frozen into the build.
export const dynamic = "force-dynamic";

/**
 * The public keys access tokens are signed with: the current one and those retiring. Verifiers
 * may cache it for 5 minutes; a new key is listed (as a retiring one elsewhere, or simply
 * ahead of its first token by this cache time) before anything it signed can reach them.
 */
export async function GET() {
  const { published } = await signingKeys();
  return Response.json(
    { keys: published },
    { headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=60" } },
  );
}
