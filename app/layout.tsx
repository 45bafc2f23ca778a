import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { VerifyEmailBanner } from "@/components/account/verify-email-banner";
import { getCurrentSession } from "@/lib/auth/dal";
import { signOutAction } from "./(auth)/actions";
import { resendVerificationAction } from "./(auth)/email-actions";
import { setThemeAction } from "./theme-actions";
import { currentTheme } from "./current-theme";
import "./globals.css";

export const metadata: Metadata = {
  title: "Gatehouse",
  description: "Accounts, sign-in and roles for Next.js apps.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [session, theme] = await Promise.all([getCurrentSession(), currentTheme()]);
  return (
    <html lang="en" data-theme={theme === "system" ? undefined : theme}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <SiteHeader session={session} signOutAction={signOutAction} theme={theme} themeAction={setThemeAction} />
        {session && !session.user.emailVerified ? <VerifyEmailBanner email={session.user.email} resendAction={resendVerificationAction} /> : null}
        <main id="main" className="flex-1">
          {children}
        </main>
      </body>
    </html>
  );
}
