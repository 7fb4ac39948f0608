// Tabs in the ARIA pattern: one tab stop, arrow keys (and Home, End) move between tabs. Every panel
// stays mounted (hidden when not chosen), so answers typed in one survive a look at another.
import { useRef, type KeyboardEvent, type ReactNode } from "react";

export interface Tab<K extends string> {
  readonly key: K;
  readonly label: string;
  readonly panel: ReactNode;
}

interface JournalTabsProps<K extends string> {
  readonly label: string;
  readonly tabs: readonly Tab<K>[];
  readonly selected: K;
  readonly onSelect: (key: K) => void;
}

export function JournalTabs<K extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: JournalTabsProps<K>) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    const tab = to === undefined ? undefined : tabs[to];
    if (to === undefined || !tab) return;
    event.preventDefault();
    onSelect(tab.key);
    buttons.current[to]?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} className="journal-tabs no-print">
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            ref={(button) => {
              buttons.current[index] = button;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.key}`}
            aria-controls={`panel-${tab.key}`}
            aria-selected={tab.key === selected}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`panel-${tab.key}`}
          aria-labelledby={`tab-${tab.key}`}
          hidden={tab.key !== selected}
          className="journal-panel"
        >
          {tab.panel}
        </div>
      ))}
    </>
  );
}
