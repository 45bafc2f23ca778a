// The frame of every operator command: run it, release the worker pool and the database, and exit
// with its code; an error prints its message (no stack) and exits 1.
import { db } from "@/lib/db/client";
import { closePasswordPool } from "@/lib/password/hash";

export function runCommand(main: () => Promise<number>): void {
  main()
    .then(async (code) => {
      await closePasswordPool();
      await db.$disconnect();
      process.exit(code);
    })
    .catch(async (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      await closePasswordPool();
      process.exit(1);
    });
}
