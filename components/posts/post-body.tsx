import { renderMarkdown } from "@/lib/posts/render-markdown";

/** A post's Markdown as HTML. Safe to inject: renderMarkdown escapes raw HTML and refuses script URLs. */
export function PostBody({ source }: { source: string }) {
  return (
    <div
      className="max-w-none space-y-3 [&_a]:text-indigo-800 [&_a]:underline [&_h1]:text-2xl [&_h1]:font-bold [&_h2]:text-xl [&_h2]:font-semibold [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_code]:font-mono [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:py-0.5 [&_code]:text-[0.9em] [&_code]:text-slate-900 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-slate-100 [&_pre]:p-3 [&_pre]:text-sm [&_pre_code]:bg-transparent [&_pre_code]:p-0 [&_blockquote]:border-l-4 [&_blockquote]:border-indigo-300 [&_blockquote]:bg-slate-50 [&_blockquote]:py-1 [&_blockquote]:pl-4 [&_blockquote]:pr-2 [&_blockquote]:text-slate-700 [&_blockquote]:italic"
      data-testid="post-body"
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
