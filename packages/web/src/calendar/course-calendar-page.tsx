import type { PageProps } from "../shell/routes";

/** Placeholder until this page is built. */
export default function Page(_props: PageProps) {
  return <h1>Course calendar</h1>;
}
