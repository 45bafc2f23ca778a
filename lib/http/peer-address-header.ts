/** Set on every request by lib/http/peer-address.ts to the socket's remote address. */
export const PEER_ADDRESS_HEADER = "x-gatehouse-peer-address";
