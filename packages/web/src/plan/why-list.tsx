import { GRADES, type ExplanationLine, type Topic, type TreatmentPlan } from "@mnplan/core";
import { useId } from "react";
import { t } from "../strings";
import "./plan.css";

const w = t.plan.why;

function byTopic(lines: readonly ExplanationLine[]): [Topic, ExplanationLine[]][] {
  const groups = new Map<Topic, ExplanationLine[]>();
  for (const line of lines) groups.set(line.topic, [...(groups.get(line.topic) ?? []), line]);
  return [...groups.entries()];
}

/** The meaning of each evidence grade, in plain words. */
export function GradeLegend() {
  return (
    <dl className="grade-legend">
      {GRADES.map((grade) => (
        <div key={grade}>
          <dt>
            <span className={`grade grade-${grade}`}>{grade}</span>
          </dt>
          <dd>{w.grades[grade]}</dd>
        </div>
      ))}
    </dl>
  );
}

function WhyLine({ line, sourcesOpen }: { line: ExplanationLine; sourcesOpen: boolean }) {
  return (
    <li className="why-line">
      <p className="why-effect">{line.effect}</p>
      <p className="why-meta">
        <span className={`grade grade-${line.grade}`}>{w.grade(line.grade)}</span>{" "}
        <span className="why-grade-meaning">{w.grades[line.grade]}</span>{" "}
        <code className="why-rule">{w.rule(line.rule)}</code>
      </p>
      {line.evidenceNote && (
        <p className="why-note">
          <strong>{w.evidenceNote}:</strong> {line.evidenceNote}
        </p>
      )}
      <details className="why-sources" open={sourcesOpen}>
        <summary>{w.sources(line.sources.length)}</summary>
        <ul>
          {line.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/**
 * Every number of the plan with the rule that produced it, its evidence grade and its sources,
 * grouped by topic. `sourcesOpen` unfolds every source list (for print).
 */
export function WhyList({
  plan,
  sourcesOpen = false,
}: {
  plan: TreatmentPlan;
  sourcesOpen?: boolean;
}) {
  const id = useId();
  return (
    <section className="why-list" aria-labelledby={id}>
      <h2 id={id}>{w.title}</h2>
      <p>{w.intro}</p>
      <h3>{w.gradesTitle}</h3>
      <GradeLegend />
      {byTopic(plan.explanation).map(([topic, lines]) => (
        <section key={topic} className="why-topic" aria-labelledby={`${id}-${topic}`}>
          <h3 id={`${id}-${topic}`}>{w.topics[topic]}</h3>
          <ul className="why-lines">
            {lines.map((line, index) => (
              <WhyLine key={`${line.rule}/${index}`} line={line} sourcesOpen={sourcesOpen} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
