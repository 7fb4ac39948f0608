import { Link } from "../lib/router";
import { t } from "../strings";

export function NotFound() {
  return (
    <section>
      <h1>{t.common.notFound.title}</h1>
      <p>{t.common.notFound.body}</p>
      <p>
        <Link to="/">{t.common.notFound.home}</Link>
      </p>
    </section>
  );
}
