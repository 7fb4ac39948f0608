import { t } from "../strings";

const words = t.calendar.subscribe;

/** How to subscribe in the common calendar apps. */
export function SubscribeSteps() {
  return (
    <>
      <h3>{words.howTitle}</h3>
      {words.apps.map((app) => (
        <details key={app.name} className="app-steps">
          <summary>{app.name}</summary>
          <ol>
            {app.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </details>
      ))}
    </>
  );
}
