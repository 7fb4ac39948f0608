// Log a session: answers start from the plan (date, setting, depth per area); a date too soon after
// the last session is refused with the date it becomes allowed, and the answers stay.
import type { Course } from "@mnplan/core";
import { useState, type FormEvent } from "react";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";
import { ChoiceGroup } from "./choice-group";
import { ErrorSummary, SaveButton, TextField } from "./field";
import { SavedResult } from "./saved-result";
import { buildSessionBody, depthId, SESSION_FIELDS, sessionFieldOf } from "./session-body";
import { sessionAreas, sessionDefaults, type SessionDraft } from "./session-defaults";
import { DepthFields, SessionDetails } from "./session-fields";
import { useEntryForm } from "./use-entry-form";
import { isPausedBySign } from "./use-warning-signs";

const words = t.journal.session;

export function SessionForm(props: { course: Course; today: string; onSaved: () => void }) {
  const { course, today, onSaved } = props;
  const [draft, setDraft] = useState<SessionDraft>(() => sessionDefaults(course, today));
  const areas = sessionAreas(course);
  const form = useEntryForm(course.id, "sessions", onSaved);
  const set = (change: Partial<SessionDraft>) => setDraft((d) => ({ ...d, ...change }));

  if (form.saving.status === "saved") {
    return (
      <SavedResult
        courseId={course.id}
        packId={course.rules.id}
        message={words.saved(formatDate(draft.date))}
        reply={form.saving.reply}
        onAgain={() => {
          setDraft(sessionDefaults(course, today));
          form.again();
        }}
      />
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const order = areas.map((range) => range.area);
    const { body, errors } = buildSessionBody(draft, order);
    if (Object.keys(errors).length > 0) return form.refuse(errors);
    const sent = body.depthByArea.map((entry) => entry.area);
    void form.save([body], (path) => sessionFieldOf(path, sent));
  };
  const error = (id: string) => form.errors.byField[id];
  const allowedFrom = form.problem?.allowedFrom;
  const labels: Record<string, string> = {
    [SESSION_FIELDS.date]: t.journal.log.date,
    [SESSION_FIELDS.depthByArea]: words.depthTitle,
    [SESSION_FIELDS.cartridge]: words.needles,
    [SESSION_FIELDS.passes]: words.passes,
    [SESSION_FIELDS.products]: words.products,
    [SESSION_FIELDS.performedBy]: words.performedBy,
    [SESSION_FIELDS.notes]: t.journal.log.notes,
    ...Object.fromEntries(areas.map(({ area }) => [depthId(area), t.journal.areas[area]])),
  };

  return (
    <form noValidate onSubmit={submit} className="journal-form" aria-labelledby="session-title">
      <h2 id="session-title" ref={form.heading} tabIndex={-1}>
        {words.title}
      </h2>
      <p className="hint">{words.hint}</p>
      {isPausedBySign(course) && <p className="notice notice-caution">{words.pausedHint}</p>}
      <ErrorSummary errors={form.errors} labels={labels} />
      {allowedFrom && (
        <div className="notice notice-caution">
          <h3>{words.tooEarlyTitle}</h3>
          <p>{words.tooEarly(formatDate(allowedFrom))}</p>
        </div>
      )}
      <TextField
        id={SESSION_FIELDS.date}
        type="date"
        label={t.journal.log.date}
        value={draft.date}
        onChange={(date) => set({ date })}
        error={error(SESSION_FIELDS.date)}
      />
      <ChoiceGroup
        id={SESSION_FIELDS.setting}
        legend={words.setting}
        options={(["clinic", "home"] as const).map((value) => ({
          value,
          label: words.settings[value],
        }))}
        value={draft.setting}
        onChange={(setting) => set({ setting })}
        error={error(SESSION_FIELDS.setting)}
      />
      <ChoiceGroup
        id={SESSION_FIELDS.device}
        legend={words.device}
        options={(["pen", "roller"] as const).map((value) => ({
          value,
          label: words.devices[value],
        }))}
        value={draft.device}
        onChange={(device) => set({ device })}
        error={error(SESSION_FIELDS.device)}
      />
      <DepthFields draft={draft} set={set} error={error} areas={areas} />
      <SessionDetails draft={draft} set={set} error={error} />
      <SaveButton saving={form.saving.status === "saving"} />
    </form>
  );
}
