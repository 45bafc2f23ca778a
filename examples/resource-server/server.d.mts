import type { Server } from "node:http";
import type { JWTPayload } from "jose";

export function tokenVerifier(gatehouseUrl: string): (token: string) => Promise<JWTPayload>;
export function createResourceServer(options: { gatehouseUrl: string }): Server;
