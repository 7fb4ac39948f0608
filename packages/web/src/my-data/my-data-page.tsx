import type { PageProps } from "../shell/routes";

/** Placeholder until this page is built. */
export default function Page(_props: PageProps) {
  return <h1>My data</h1>;
}
