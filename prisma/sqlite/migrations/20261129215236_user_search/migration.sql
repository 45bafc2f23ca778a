-- Search by any part of the email or name (lib/admin/search-users.ts): an FTS5 index of
-- trigrams over User(email, name). External content: the text stays in "User" and the index
-- holds only trigrams, kept in step by the triggers below. Trigrams fold case
-- (case_sensitive 0), so a phrase query finds a substring of 3 characters or more in either
-- column, whatever its case. columnsize=0: nothing here ranks results, so no per-row sizes.
--
-- A later migration that redefines "User" (Prisma's "RedefineTables": create new_User, copy,
-- drop, rename) drops these triggers with the old table and may renumber rowids: it must
-- recreate the triggers and end with the 'rebuild' below. lib/admin/search-users.test.ts
-- fails when the triggers are missing after all migrations. So must a VACUUM be followed by
-- a 'rebuild' (it may renumber rowids of a table without an INTEGER PRIMARY KEY).
-- The virtual table and its shadow tables are outside Prisma's schema: lib/db/migrate/external-tables.ts.
CREATE VIRTUAL TABLE "UserSearch" USING fts5(
    "email", "name",
    content='User', content_rowid='rowid', tokenize='trigram', columnsize=0
);

CREATE TRIGGER "User_search_insert" AFTER INSERT ON "User" BEGIN
    INSERT INTO "UserSearch" ("rowid", "email", "name") VALUES (new."rowid", new."email", new."name");
END;

CREATE TRIGGER "User_search_delete" AFTER DELETE ON "User" BEGIN
    INSERT INTO "UserSearch" ("UserSearch", "rowid", "email", "name") VALUES ('delete', old."rowid", old."email", old."name");
END;

CREATE TRIGGER "User_search_update" AFTER UPDATE OF "email", "name" ON "User" BEGIN
    INSERT INTO "UserSearch" ("UserSearch", "rowid", "email", "name") VALUES ('delete', old."rowid", old."email", old."name");
    INSERT INTO "UserSearch" ("rowid", "email", "name") VALUES (new."rowid", new."email", new."name");
END;

-- Index the users that exist already.
INSERT INTO "UserSearch" ("UserSearch") VALUES ('rebuild');
