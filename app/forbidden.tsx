import { ForbiddenNotice } from "@/components/forbidden-notice";

// Rendered with status 403 when the data access layer calls forbidden().
export default function Forbidden() {
  return <ForbiddenNotice />;
}
