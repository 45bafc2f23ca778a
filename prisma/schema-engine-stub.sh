#!/bin/sh
# Stand-in for Prisma's native schema engine on machines that cannot download it.
# See prisma/offline-engine.mjs. Use `npm run db:migrate` / `npm run db:migration:create` instead.
echo ""
echo '{"is_panic":false,"message":"The Prisma schema engine is not installed on this machine (offline). Use npm run db:migrate to apply and npm run db:migration:create to create migrations.","backtrace":null}'
exit 1
