import { SETTINGS } from "@mnplan/core";
import { t } from "../strings";
import { view, withField } from "./edit-request";
import { RadioGroup } from "./fields";
import type { StepProps } from "./step-props";

const s = t.questionnaire.setting;

/** Clinic or home; at home, the 0.5 mm opt-in with its warning. */
export function SettingStep({ request, update, errors }: StepProps) {
  const { setting, homeDepthOptIn } = view(request);
  return (
    <RadioGroup
      id="q-setting"
      legend={s.legend}
      options={SETTINGS.map((value) => ({ value, ...s[value] }))}
      value={setting}
      onChange={(value) =>
        update((current) =>
          withField(
            withField(current, "setting", value),
            "homeDepthOptIn",
            value === "home" ? current.homeDepthOptIn : undefined,
          ),
        )
      }
      error={errors["q-setting"]}
    >
      {setting === "home" && (
        <div className="notice notice-caution opt-in">
          <label className="choice">
            <input
              type="checkbox"
              checked={homeDepthOptIn === true}
              aria-describedby="q-optin-warning"
              onChange={(event) => {
                const on = event.currentTarget.checked;
                update((current) => withField(current, "homeDepthOptIn", on ? true : undefined));
              }}
            />
            <span className="choice-text">
              <span className="choice-label">{s.optIn}</span>
            </span>
          </label>
          <p id="q-optin-warning" className="opt-in-warning">
            {s.optInWarning}
          </p>
        </div>
      )}
    </RadioGroup>
  );
}
