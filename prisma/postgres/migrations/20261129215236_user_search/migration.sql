-- Search by any part of the email or name (lib/admin/search-users.ts): trigram GIN indexes
-- on the lower-cased columns serve `lower(column) LIKE '%term%'` for terms of 3 characters or
-- more. pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
-- Prisma's schema cannot express expression indexes or extensions; its diff ignores both
-- (npm run db:check stays green), so they live here only.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "User_email_trgm_idx" ON "User" USING gin (lower("email") gin_trgm_ops);

CREATE INDEX "User_name_trgm_idx" ON "User" USING gin (lower("name") gin_trgm_ops);
