// Progress ratings: for each concern of the course, how much better it is, 0 to 10, on a date.
import type { Concern, Course } from "@mnplan/core";
import { useState, type FormEvent } from "react";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";
import { ChoiceGroup } from "./choice-group";
import { ErrorSummary, SaveButton, TextField } from "./field";
import { topOf } from "./field-errors";
import { SavedResult } from "./saved-result";
import { useEntryForm } from "./use-entry-form";

const words = t.journal.rating;
const SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const DATE_ID = "rating-date";
const scoreId = (concern: Concern) => `rating-${concern}`;

/** The course's concerns, each once, in the request's order. */
export function courseConcerns(course: Course): Concern[] {
  return [...new Set(course.request.concerns.map((entry) => entry.concern))];
}

export function RatingForm(props: { course: Course; today: string; onSaved: () => void }) {
  const { course, today, onSaved } = props;
  const concerns = courseConcerns(course);
  const [date, setDate] = useState(today);
  const [scores, setScores] = useState<Partial<Record<Concern, number>>>({});
  const form = useEntryForm(course.id, "ratings", onSaved);

  if (form.saving.status === "saved") {
    return (
      <SavedResult
        courseId={course.id}
        packId={course.rules.id}
        message={words.saved(formatDate(date))}
        reply={form.saving.reply}
        onAgain={() => {
          setScores({});
          form.again();
        }}
      />
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const rated = concerns.filter((concern) => scores[concern] !== undefined);
    const dateError = date === "" ? { [DATE_ID]: t.journal.log.enterDate } : {};
    if (rated.length === 0 || date === "")
      return form.refuse(dateError, rated.length === 0 ? [words.noneChosen] : []);
    const bodies = rated.map((concern) => ({ date, concern, score: scores[concern] }));
    const saved = await form.save(bodies, (path, index) => {
      const concern = rated[index];
      if (topOf(path) === "date") return DATE_ID;
      return topOf(path) === "score" && concern ? scoreId(concern) : undefined;
    });
    // Ratings saved before a refusal are kept on the server: they are not sent again.
    const kept = rated.slice(0, saved);
    if (saved > 0 && saved < rated.length)
      setScores((all) => {
        const rest = { ...all };
        for (const concern of kept) delete rest[concern];
        return rest;
      });
  };
  const labels: Record<string, string> = {
    [DATE_ID]: t.journal.log.date,
    ...Object.fromEntries(concerns.map((concern) => [scoreId(concern), words.concerns[concern]])),
  };

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="journal-form"
      aria-labelledby="rating-title"
    >
      <h2 id="rating-title" ref={form.heading} tabIndex={-1}>
        {words.title}
      </h2>
      <p className="hint">{words.hint}</p>
      <ErrorSummary errors={form.errors} labels={labels} />
      <TextField
        id={DATE_ID}
        type="date"
        label={t.journal.log.date}
        value={date}
        onChange={setDate}
        error={form.errors.byField[DATE_ID]}
      />
      {concerns.map((concern) => (
        <ChoiceGroup
          key={concern}
          id={scoreId(concern)}
          legend={words.legend(words.concerns[concern])}
          hint={`${words.low} · ${words.high}`}
          className="journal-scale"
          options={SCALE.map((value) => ({ value, label: String(value) }))}
          value={scores[concern]}
          onChange={(value) => setScores((all) => ({ ...all, [concern]: value }))}
          error={form.errors.byField[scoreId(concern)]}
        />
      ))}
      <SaveButton saving={form.saving.status === "saving"} />
    </form>
  );
}
