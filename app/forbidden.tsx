import { ForbiddenNotice } from "@/components/forbidden-notice";

// Rendered with status 403 when the data access layer calls forbidden(). Next keeps the refused
// page's metadata, so the title is set here: React hoists it into <head>.
export default function Forbidden() {
  return (
    <>
      <title>Forbidden · Gatehouse</title>
      <ForbiddenNotice />
    </>
  );
}
