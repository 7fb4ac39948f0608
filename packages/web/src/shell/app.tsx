import { Suspense, useEffect, useRef } from "react";
import { HomePage } from "../home/home-page";
import { Link, matchPath, usePath } from "../lib/router";
import { t } from "../strings";
import { ErrorBoundary } from "./error-boundary";
import { NotFound } from "./not-found";
import { PAGES, type PageProps } from "./routes";

function findPage(path: string): {
  Page: React.ComponentType<PageProps>;
  params: PageProps["params"];
} {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  if (trimmed === "/") return { Page: HomePage, params: {} };
  for (const route of PAGES) {
    const params = matchPath(route.pattern, trimmed);
    if (params) return { Page: route.page, params };
  }
  return { Page: NotFound, params: {} };
}

/** The frame of every page: skip link, header with the main navigation, the page, the footer. */
export function App() {
  const path = usePath();
  const { Page, params } = findPage(path);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After an in-app navigation, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [path]);

  const current = (prefix: string) =>
    (prefix === "/" ? path === "/" : path.startsWith(prefix)) ? ("page" as const) : undefined;

  return (
    <>
      <a className="skip-link" href="#main">
        {t.common.skipToContent}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          {t.common.appName}
        </Link>
        <nav aria-label={t.common.nav.label}>
          <ul>
            <li>
              <Link to="/start" aria-current={current("/start")}>
                {t.common.nav.start}
              </Link>
            </li>
            <li>
              <Link to="/plan" aria-current={current("/plan")}>
                {t.common.nav.plan}
              </Link>
            </li>
            <li>
              <Link to="/data" aria-current={current("/data")}>
                {t.common.nav.data}
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <ErrorBoundary key={path}>
          <Suspense fallback={<p className="loading">{t.common.loading}</p>}>
            <Page params={params} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t.common.footer}</p>
      </footer>
    </>
  );
}
