import { TabNav } from "@/components/ui/tab-nav";

const LINKS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/audit", label: "Security log" },
];

export function AdminNav() {
  return <TabNav label="Admin" links={LINKS} />;
}
