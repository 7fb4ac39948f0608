import { Link } from "./router";

/** The way to the questions, as a main button: `start` before any answer, `resume` after. */
export function StartLink(props: { started: boolean; start: string; resume: string }) {
  return (
    <p>
      <Link to="/start" className="button button-primary">
        {props.started ? props.resume : props.start}
      </Link>
    </p>
  );
}
