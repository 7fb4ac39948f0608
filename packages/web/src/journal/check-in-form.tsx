// The daily check-in: four scores from none to severe, warning signs as checkboxes, notes. What it
// changed in the plan (a strong reaction moves the next session) is shown once it is saved.
import type { Course, WarningSign } from "@mnplan/core";
import { useState, type FormEvent } from "react";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";
import { ChoiceGroup } from "./choice-group";
import { ErrorSummary, SaveButton, TextField } from "./field";
import { topOf } from "./field-errors";
import { SavedResult } from "./saved-result";
import { useEntryForm } from "./use-entry-form";
import { WarningSignsField } from "./warning-signs-field";

const words = t.journal.checkIn;
const SCORES = ["redness", "swelling", "pain", "flaking"] as const;
type Score = (typeof SCORES)[number];
const LEVELS = [0, 1, 2, 3] as const;
const FIELDS = { date: "checkin-date", warningSigns: "checkin-signs", notes: "checkin-notes" };
const scoreId = (score: Score) => `checkin-${score}`;

interface CheckInDraft {
  readonly date: string;
  readonly scores: Readonly<Partial<Record<Score, number>>>;
  readonly signs: readonly WarningSign[];
  readonly notes: string;
}

function fieldOf(path: string): string | undefined {
  const top = topOf(path);
  if ((SCORES as readonly string[]).includes(top)) return scoreId(top as Score);
  return top in FIELDS ? FIELDS[top as keyof typeof FIELDS] : undefined;
}

export function CheckInForm(props: { course: Course; today: string; onSaved: () => void }) {
  const { course, today, onSaved } = props;
  const blank: CheckInDraft = { date: today, scores: {}, signs: [], notes: "" };
  const [draft, setDraft] = useState<CheckInDraft>(blank);
  const form = useEntryForm(course.id, "check-ins", onSaved);
  const set = (change: Partial<CheckInDraft>) => setDraft((d) => ({ ...d, ...change }));

  if (form.saving.status === "saved") {
    const signs = draft.signs.length > 0 ? [{ date: draft.date, signs: draft.signs }] : [];
    return (
      <SavedResult
        courseId={course.id}
        packId={course.rules.id}
        message={words.saved(formatDate(draft.date))}
        reply={form.saving.reply}
        signs={signs}
        onAgain={() => {
          setDraft(blank);
          form.again();
        }}
      />
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = SCORES.filter((score) => draft.scores[score] === undefined);
    const errors: Record<string, string> = Object.fromEntries(
      missing.map((score) => [scoreId(score), t.journal.log.chooseOne]),
    );
    if (draft.date === "") errors[FIELDS.date] = t.journal.log.enterDate;
    if (Object.keys(errors).length > 0) return form.refuse(errors);
    const notes = draft.notes.trim();
    const { signs } = draft;
    const body = {
      date: draft.date,
      ...draft.scores,
      ...(signs.length > 0 ? { warningSigns: signs } : {}),
      ...(notes ? { notes } : {}),
    };
    void form.save([body], fieldOf);
  };
  const error = (id: string) => form.errors.byField[id];
  const labels: Record<string, string> = {
    [FIELDS.date]: t.journal.log.date,
    [FIELDS.warningSigns]: words.signsTitle,
    [FIELDS.notes]: t.journal.log.notes,
    ...Object.fromEntries(SCORES.map((score) => [scoreId(score), words.scores[score]])),
  };

  return (
    <form noValidate onSubmit={submit} className="journal-form" aria-labelledby="checkin-title">
      <h2 id="checkin-title" ref={form.heading} tabIndex={-1}>
        {words.title}
      </h2>
      <p className="hint">{words.hint}</p>
      <ErrorSummary errors={form.errors} labels={labels} />
      <TextField
        id={FIELDS.date}
        type="date"
        label={t.journal.log.date}
        value={draft.date}
        onChange={(date) => set({ date })}
        error={error(FIELDS.date)}
      />
      {SCORES.map((score) => (
        <ChoiceGroup
          key={score}
          id={scoreId(score)}
          legend={words.scores[score]}
          className="journal-levels"
          options={LEVELS.map((value) => ({ value, label: `${value} ${words.levels[value]}` }))}
          value={draft.scores[score]}
          onChange={(value) => setDraft((d) => ({ ...d, scores: { ...d.scores, [score]: value } }))}
          error={error(scoreId(score))}
        />
      ))}
      <WarningSignsField
        id={FIELDS.warningSigns}
        signs={draft.signs}
        onChange={(signs) => set({ signs })}
        error={error(FIELDS.warningSigns)}
      />
      <TextField
        id={FIELDS.notes}
        multiline
        optional
        label={t.journal.log.notes}
        value={draft.notes}
        onChange={(notes) => set({ notes })}
        error={error(FIELDS.notes)}
      />
      <SaveButton saving={form.saving.status === "saving"} />
    </form>
  );
}
