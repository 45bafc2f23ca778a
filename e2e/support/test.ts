import { test as base, type Browser, type BrowserContext, type ConsoleMessage } from "@playwright/test";

export { expect, request } from "@playwright/test";
export type { APIRequestContext, APIResponse, Browser, BrowserContext, Page, Request } from "@playwright/test";

/**
 * The suite's `test`: every app page a test opens — through the `page` fixture, `browser.newPage()`
 * or `browser.newContext()` — is watched, and the test fails on an uncaught page error (React's
 * hydration errors among them), a console error, or a console warning about hydration. A test that
 * provokes one on purpose says so with `pageProblems.allow(/…/)`.
 */
export type PageProblems = { allow(pattern: RegExp): void };
type WatchedBrowser = { problems: string[] };

const watchedContexts = new WeakMap<BrowserContext, Set<string[]>>();

const withoutQuery = (url: string) => url.split(/[?#]/)[0];

// A 403 or 404 for the page itself is an answer the test navigated to and checks; the browser
// logs it as a console error all the same. A failing subresource (a script, an image, a favicon)
// is still reported.
function isThePageOwnStatus(message: ConsoleMessage): boolean {
  const page = message.page();
  return (
    page !== null &&
    /^Failed to load resource: the server responded with a status of (403|404) /.test(message.text()) &&
    withoutQuery(message.location().url) === withoutQuery(page.url())
  );
}

export const isWatched = (context: BrowserContext) => watchedContexts.has(context);

/** Collects what the pages of `context` report into `problems` (once per context). */
export function watch(context: BrowserContext, problems: string[]): BrowserContext {
  const lists = watchedContexts.get(context) ?? new Set<string[]>();
  if (lists.has(problems)) return context;
  lists.add(problems);
  watchedContexts.set(context, lists);
  context.on("weberror", (error) => problems.push(`page error on ${error.page()?.url() ?? "?"}: ${error.error().message}`));
  context.on("console", (message) => {
    // Only Gatehouse's own pages (served on localhost); the OAuth stand-ins run on 127.0.0.1.
    if (!message.page()?.url().startsWith("http://localhost:")) return;
    const text = message.text();
    const counts = message.type() === "error" || (message.type() === "warning" && /hydrat/i.test(text));
    if (counts && !isThePageOwnStatus(message)) problems.push(`console ${message.type()} on ${message.page()?.url()}: ${text}`);
  });
  return context;
}

export const test = base.extend<{ pageProblems: PageProblems }, { watchedBrowser: WatchedBrowser }>({
  // Patches the worker's browser once, so contexts made anywhere (helpers included) are watched.
  watchedBrowser: [
    async ({ browser }: { browser: Browser }, use) => {
      const watched: WatchedBrowser = { problems: [] };
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => watch(await newContext(options), watched.problems);
      await use(watched);
      browser.newContext = newContext;
    },
    { scope: "worker" },
  ],

  pageProblems: [
    async ({ watchedBrowser, context }, use) => {
      watch(context, watchedBrowser.problems);
      watchedBrowser.problems.length = 0;
      const allowed: RegExp[] = [];
      await use({ allow: (pattern) => allowed.push(pattern) });
      const unexpected = watchedBrowser.problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
      watchedBrowser.problems.length = 0;
      if (unexpected.length > 0) throw new Error(`The pages reported errors:\n${unexpected.join("\n")}`);
    },
    { auto: true },
  ],
});
