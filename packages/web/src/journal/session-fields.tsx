// The parts of the session form: the depth used on each area, and the optional details.
import type { Area } from "@mnplan/core";
import { describedBy, FieldError } from "../forms/field-notes";
import { t } from "../strings";
import { TextField } from "./field";
import { depthId, SESSION_FIELDS } from "./session-body";
import type { AreaRange, SessionDraft } from "./session-defaults";

const words = t.journal.session;

interface PartProps {
  readonly draft: SessionDraft;
  readonly set: (change: Partial<SessionDraft>) => void;
  readonly error: (id: string) => string | undefined;
}

/** One input per area, starting at the low end of the plan's range, which the hint gives. */
export function DepthFields({
  draft,
  set,
  error,
  areas,
}: PartProps & { areas: readonly AreaRange[] }) {
  const setDepth = (area: Area, value: string) =>
    set({ depths: { ...draft.depths, [area]: value } });
  const hintId = `${SESSION_FIELDS.depthByArea}-hint`;
  const groupError = error(SESSION_FIELDS.depthByArea);
  return (
    <fieldset
      className="journal-depths"
      aria-describedby={describedBy(SESSION_FIELDS.depthByArea, true, groupError)}
    >
      <legend>{words.depthTitle}</legend>
      <p id={hintId} className="hint">
        {words.depthHint}
      </p>
      <FieldError id={SESSION_FIELDS.depthByArea} message={groupError} />
      {areas.map(({ area, min, max }) => (
        <TextField
          key={area}
          id={depthId(area)}
          inputMode="decimal"
          label={words.depthLabel(t.journal.areas[area])}
          hint={
            min === undefined || max === undefined
              ? undefined
              : words.depthPlanned(t.plan.range(min, max))
          }
          value={draft.depths[area] ?? ""}
          onChange={(value) => setDepth(area, value)}
          error={error(depthId(area))}
        />
      ))}
    </fieldset>
  );
}

type DetailKey = "needles" | "cartridgeType" | "passes" | "products" | "performedBy" | "notes";

/** Cartridge, passes, products, who did it and notes: all optional. */
export function SessionDetails({ draft, set, error }: PartProps) {
  const field = (id: string, key: DetailKey, label: string) => ({
    id,
    label,
    value: draft[key],
    onChange: (value: string) => set({ [key]: value }),
    error: error(id),
  });
  return (
    <fieldset className="journal-details">
      <legend>{words.detailsTitle}</legend>
      <div className="journal-pair">
        <TextField
          inputMode="numeric"
          {...field(SESSION_FIELDS.cartridge, "needles", words.needles)}
        />
        <TextField {...field("session-cartridge-type", "cartridgeType", words.cartridgeType)} />
      </div>
      <TextField inputMode="numeric" {...field(SESSION_FIELDS.passes, "passes", words.passes)} />
      <TextField
        multiline
        hint={words.productsHint}
        {...field(SESSION_FIELDS.products, "products", words.products)}
      />
      <TextField
        hint={words.performedByHint}
        {...field(SESSION_FIELDS.performedBy, "performedBy", words.performedBy)}
      />
      <TextField multiline {...field(SESSION_FIELDS.notes, "notes", t.journal.log.notes)} />
    </fieldset>
  );
}
