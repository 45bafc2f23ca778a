import Link from "next/link";
import type { ComponentProps } from "react";

const TEXT_LINK = "font-semibold text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700";

/** An inline link in running text. */
export function TextLink({ className = "", ...props }: ComponentProps<typeof Link>) {
  return <Link className={`${TEXT_LINK} ${className}`} {...props} />;
}
