import { forbidden } from "next/navigation";

// Where middleware.ts rewrites a signed-in user who lacks the role. forbidden() renders
// app/forbidden.tsx with status 403, exactly like a refusal from the data access layer.
export default function ForbiddenPage() {
  forbidden();
}
