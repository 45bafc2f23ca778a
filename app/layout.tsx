import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { VerifyEmailBanner } from "@/components/account/verify-email-banner";
import { getCurrentSession } from "@/lib/auth/dal";
import "./globals.css";

export const metadata: Metadata = {
  title: "Gatehouse",
  description: "Accounts, sign-in and roles for Next.js apps.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const session = await getCurrentSession();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <SiteHeader session={session} />
        {session && !session.user.emailVerified ? <VerifyEmailBanner email={session.user.email} /> : null}
        <main id="main" className="flex-1">
          {children}
        </main>
      </body>
    </html>
  );
}
