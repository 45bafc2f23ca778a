import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("renders Markdown", () => {
    expect(renderMarkdown("# Title\n\n**bold** and [a link](https://example.com)")).toBe(
      '<h1>Title</h1>\n<p><strong>bold</strong> and <a href="https://example.com" rel="noopener noreferrer nofollow">a link</a></p>\n',
    );
  });
  it("escapes raw HTML instead of passing it through", () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });
  it("refuses script URLs in links and images", () => {
    for (const source of ["[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](vbscript:msgbox)", "![x](javascript:alert(1))", "[x](data:text/html;base64,PHNjcmlwdD4=)"]) {
      expect(renderMarkdown(source)).not.toMatch(/href="(javascript|vbscript|data):|src="javascript:/i);
    }
  });
});
