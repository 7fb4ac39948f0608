import { todayInZone } from "@mnplan/core";
import { hasAnswers, useDraft, useDraftPlan, useOtherPackPlan } from "../lib/draft";
import { formatDateLong } from "../lib/format-date";
import { StartLink } from "../lib/start-link";
import type { PageProps } from "../shell/routes";
import { t } from "../strings";
import { buildPrintDocument } from "./build-print-document";
import { PrintToolbar } from "./print-toolbar";
import { PrintablePlan } from "./printable-plan";
import { useDocumentTitle } from "./use-document-title";
import "./print.css";

const words = t.print;

/** The draft plan, ready to print or save as a PDF. */
export default function DraftPrintPage(_props: PageProps) {
  const [draft] = useDraft();
  const result = useDraftPlan(draft.request);
  const other = useOtherPackPlan(draft.request);
  useDocumentTitle(words.documentTitle);
  if (!result.ok) {
    const started = hasAnswers(draft.request);
    return (
      <div className="print-page">
        <h1>{words.title}</h1>
        <p>{started ? words.draftIncomplete : words.noDraft}</p>
        <StartLink started={started} start={words.startLink} resume={words.continueLink} />
      </div>
    );
  }
  const plan = result.value;
  const otherPlan = other.ok ? other.value : undefined;
  const madeOn = todayInZone(Date.now(), plan.timeZone);
  return (
    <div className="print-page">
      <h1>{words.documentTitle}</h1>
      <p className="print-meta">{words.madeOn(formatDateLong(madeOn))}</p>
      <p className="lead no-print">{words.lead}</p>
      <PrintToolbar
        title={words.documentTitle}
        blocks={() =>
          buildPrintDocument({
            title: words.documentTitle,
            madeOn,
            plan,
            ...(otherPlan ? { other: otherPlan } : {}),
          })
        }
      />
      <PrintablePlan plan={plan} other={otherPlan} />
    </div>
  );
}
