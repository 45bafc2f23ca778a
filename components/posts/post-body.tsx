import { renderMarkdown } from "@/lib/posts/render-markdown";

/** A post's Markdown as HTML. Safe to inject: renderMarkdown escapes raw HTML and refuses script URLs. */
export function PostBody({ source }: { source: string }) {
  return (
    <div
      className="max-w-none space-y-3 [&_a]:text-indigo-800 [&_a]:underline [&_h1]:text-2xl [&_h1]:font-bold [&_h2]:text-xl [&_h2]:font-semibold [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_code]:font-mono"
      data-testid="post-body"
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
