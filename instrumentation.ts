// Runs once when a server process starts (next dev / next start).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressStamp } = await import("@/lib/http/peer-address");
  installPeerAddressStamp();
  const { prepareServer } = await import("@/lib/server-start");
  await prepareServer();
}
