import { z } from "zod";

/** Ids are cuids; anything longer or stranger is refused before it reaches a query. */
export const idSchema = z.string().trim().min(1, "Missing id").max(64, "Invalid id").regex(/^[A-Za-z0-9_-]+$/, "Invalid id");

export const endSessionSchema = z.object({ sessionId: idSchema });

export const endTokenFamilySchema = z.object({ familyId: idSchema });

export const endUserTokenFamilySchema = z.object({ userId: idSchema, familyId: idSchema });
