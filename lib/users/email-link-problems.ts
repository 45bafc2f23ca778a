import type { TokenVerdict } from "@/lib/email-tokens/policy";

export type EmailLinkProblem = { title: string; message: string };

/** What a person is told about a link that cannot be used, and what to do next. */
export function emailLinkProblem(verdict: Exclude<TokenVerdict, "valid">): EmailLinkProblem {
  switch (verdict) {
    case "expired":
      return { title: "This link has expired", message: "This link has expired. Ask for a new one; links from emails work for a short time only." };
    case "used":
      return { title: "This link has already been used", message: "This link has already been used. Each link works once; ask for a new one if you still need it." };
    case "superseded":
      return {
        title: "This link was replaced or cancelled",
        message:
          "A newer link was sent since this one, or a change to the account (a new password, signing out everywhere) cancelled it. Use the most recent email, or ask for a new link.",
      };
    case "invalid":
      return { title: "This link is not valid", message: "This link is not valid. Check that you opened the whole link from the email, or ask for a new one." };
  }
}
