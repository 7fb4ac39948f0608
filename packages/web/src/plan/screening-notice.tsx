import type { ScreeningItem, TreatmentPlan } from "@mnplan/core";
import { useId } from "react";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";
import "./plan.css";

const s = t.plan.screening;

const NOTICE_CLASS = {
  ok: "notice notice-ok",
  caution: "notice notice-caution",
  defer: "notice notice-caution",
  refer: "notice notice-caution",
  contraindicated: "notice notice-danger",
} as const;

const PREGNANCY_CODES = new Set(["pregnancy", "breastfeeding"]);

function ItemDates({ item }: { item: ScreeningItem }) {
  if (item.level !== "defer") return null;
  if (item.clearsOn) return <> {s.clearsOn(formatDate(item.clearsOn))}</>;
  if (item.notBefore) {
    return (
      <>
        {" "}
        {s.whenHealed} {s.notBefore(formatDate(item.notBefore))}
      </>
    );
  }
  return <> {s.whenHealed}</>;
}

/** The screening result, explained kindly: what it means, what to do next, and when to start. */
export function ScreeningNotice({ plan }: { plan: TreatmentPlan }) {
  const id = useId();
  const { status, screening } = plan;
  const pregnant = screening.some((item) => PREGNANCY_CODES.has(item.code));
  return (
    <section className={`${NOTICE_CLASS[status]} screening-notice`} aria-labelledby={id}>
      <p className="screening-kicker">{s.title}</p>
      <h2 id={id}>{s.status[status]}</h2>
      <p>{s.meaning[status]}</p>
      {pregnant && <p>{s.pregnancy}</p>}
      {status === "defer" && (
        <p className="screening-earliest">
          <strong>
            {plan.earliestStart ? s.earliest(formatDate(plan.earliestStart)) : s.noEarliest}
          </strong>
        </p>
      )}
      <p>{s.next[status]}</p>
      {screening.length > 0 && (
        <>
          <h3>{s.itemsTitle}</h3>
          <ul className="screening-items">
            {screening.map((item) => (
              <li key={item.code}>
                <span className={`level-tag level-${item.level}`}>{s.level[item.level]}</span>{" "}
                {item.message}
                {item.advice && <> {item.advice}</>}
                <ItemDates item={item} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
