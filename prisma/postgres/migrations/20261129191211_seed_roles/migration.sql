-- Seed the roles. Roles are rows (UserRole references them); what each role may do lives in
-- lib/auth/roles.ts. Written by hand into a draft migration (npm run db:migration:create -- seedRoles --draft).
INSERT INTO "Role" ("name", "description") VALUES
    ('user', 'Signed-in person: own account and dashboard'),
    ('editor', 'Works in the editor area'),
    ('admin', 'Manages users, roles and the security log');
