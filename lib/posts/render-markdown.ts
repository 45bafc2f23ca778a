// Markdown → HTML for posts. Raw HTML in the source is never passed through: markdown-it with
// `html: false` escapes it, and its link validator refuses javascript:, vbscript:, file: and
// data: URLs (other than images). Links open with rel="noopener noreferrer nofollow".
import MarkdownIt from "markdown-it";

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]?.attrSet("rel", "noopener noreferrer nofollow");
  return defaultLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
