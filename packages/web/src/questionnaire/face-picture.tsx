// A simple face drawing with the chosen face zones shaded. The words beside it carry the same
// information, so the drawing is hidden from screen readers.
import type { Area } from "@mnplan/core";

const ZONES: readonly { area: Area; shapes: readonly string[] }[] = [
  { area: "forehead", shapes: ["M28 48 Q30 18 60 16 Q90 18 92 48 Z"] },
  {
    area: "periorbital",
    shapes: [
      "M26 62 a14 10 0 1 0 28 0 a14 10 0 1 0 -28 0",
      "M66 62 a14 10 0 1 0 28 0 a14 10 0 1 0 -28 0",
    ],
  },
  { area: "nose", shapes: ["M60 60 L51 92 Q60 97 69 92 Z"] },
  {
    area: "cheeks",
    shapes: [
      "M22 90 a13 13 0 1 0 26 0 a13 13 0 1 0 -26 0",
      "M72 90 a13 13 0 1 0 26 0 a13 13 0 1 0 -26 0",
    ],
  },
  { area: "perioral", shapes: ["M42 110 a18 10 0 1 0 36 0 a18 10 0 1 0 -36 0"] },
  { area: "chin", shapes: ["M48 129 a12 7 0 1 0 24 0 a12 7 0 1 0 -24 0"] },
];

/** The face with `selected` zones shaded. */
export function FacePicture({ selected }: { selected: readonly string[] }) {
  const on = (area: Area) => selected.includes(area);
  return (
    <svg className="face-picture" viewBox="0 0 120 150" aria-hidden="true" focusable="false">
      <ellipse cx="60" cy="78" rx="46" ry="62" className="face-outline" />
      {ZONES.map(({ area, shapes }) =>
        shapes.map((d) => <path key={d} d={d} className={on(area) ? "zone zone-on" : "zone"} />),
      )}
      <path
        d="M16 96 Q24 130 60 140 Q96 130 104 96"
        className={on("jawline") ? "jaw jaw-on" : "jaw"}
      />
      <ellipse cx="40" cy="62" rx="6" ry="3.5" className="feature" />
      <ellipse cx="80" cy="62" rx="6" ry="3.5" className="feature" />
      <path d="M50 110 Q60 116 70 110" className="feature-line" />
    </svg>
  );
}
