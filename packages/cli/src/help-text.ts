// Usage texts, kept together so that they read as one manual.

export const USAGE = `How to use mnplan
  mnplan                       in a terminal: answer a few questions, get your plan
  mnplan plan --concern acne-scars:moderate --area cheeks --age 34 --fitzpatrick 4 \\
              --setting clinic --start 2027-01-04
  mnplan plan --input request.json --format ics --out plan.ics
  mnplan rules list            the rule packs; also rules show CODE, rules validate FILE
  mnplan course new [flags]    keep a journal of sessions and check-ins (course --help)
  mnplan --help                every command and flag
`;

export const MAIN_HELP = `mnplan: a personal, dated, explained microneedling plan.

Usage
  mnplan                       the questionnaire in a terminal; piped, a sample plan
  mnplan plan [flags]          a plan from flags, a file, standard input or questions
  mnplan rules list            the shipped rule packs (and --rules FILE)
  mnplan rules show CODE       one rule: its numbers, grade, sources and evidence note
  mnplan rules validate FILE   check a custom rule pack file

The journal (a local database: --data-dir DIR, else DATA_DIR, else ./data;
DATABASE_URL=postgres://… for PostgreSQL, shared with the server)
  mnplan course new [flags]    start a course from a request (the flags of mnplan plan)
  mnplan course list           every course: id, label, state, next session due
  mnplan course show ID        its current plan, journal and the latest changes
  mnplan course delete ID --yes   delete it, its journal and its photo files
  mnplan session log ID --device pen --depth cheeks:1.0 [--date YYYY-MM-DD]
  mnplan checkin ID --redness 0-3 --swelling 0-3 --pain 0-3 --flaking 0-3 [--sign SIGN]
  mnplan rate ID --concern CONCERN --score 0-10
  mnplan export ID --format json|csv|ics [--out FILE]

Options
  -h, --help                   help (also after a command: mnplan plan --help,
                               mnplan session log --help)
  --version                    the version

Exit status: 0 a plan was made (whatever its status) or a command succeeded, 2 invalid
input (each offending field or flag named), 1 anything else.
The plan is general information, not a diagnosis: a professional confirms it.
`;

export const PLAN_HELP = `mnplan plan: make a plan.

Where the request comes from (the first that applies)
  -i, --input FILE|-           a request's JSON from a file, or - for standard input
  flags about you              the flags below
  piped standard input         echo '{...}' | mnplan plan
  a terminal                   the questionnaire

What to treat
  --concern CONCERN[:GRADE...][@AREA,AREA]    repeatable; for example
        glow
        fine-lines[:glogau1-4]
        acne-scars:mild|moderate|deep  or  acne-scars:gb1-gb4 (Goodman–Baron),
              optionally :rolling|boxcar|ice-pick
        stretch-marks[:red|white]
        --concern acne-scars:moderate@cheeks,chin --concern fine-lines:glogau2@forehead
  --area AREA[,AREA]           repeatable; for each --concern without @areas of its own:
        forehead, periorbital (eyes), cheeks, perioral (mouth), nose, chin, jawline,
        neck, decolletage (chest), hands, abdomen, thighs, hips, buttocks, arms, back,
        breasts

About you
  --age N                      --fitzpatrick 1-6 (or I-VI)
  --sensitivity normal|sensitive|reactive
  --smoker  --no-sunscreen  --frequent-sun  --skips-aftercare  --irregular-routine
  --health LIST                any of: pregnant, breastfeeding, skin-infection,
        open-wound, cold-sore-active, cold-sore-history, sunburn, dermatitis-flare,
        skin-cancer-in-area, bleeding-disorder, anticoagulants, metal-allergy,
        anaesthetic-allergy, keloids, immunosuppressed, uncontrolled-diabetes,
        autoimmune, radiotherapy-within-3-months, botox-within-2-weeks,
        filler-within-4-weeks
  --isotretinoin never|current|stopped:YYYY-MM-DD
  --active-acne none|mild|moderate-severe

Where and when
  --setting clinic|home        --home-depth-opt-in (0.5 mm at home, with a warning)
  --start YYYY-MM-DD           the first day you could start (default: today)
  --today YYYY-MM-DD           default: today in --tz
  --tz ZONE                    an IANA zone such as Europe/London (default: TZ, else the
                               system's zone)
  --days LIST                  preferred weekdays, e.g. sat,sun
  --blackout FROM..TO[:sun][:REASON]    repeatable, e.g.
        --blackout "2027-02-10..2027-02-20:sun:beach holiday"
        (:sun also keeps the 72 hours after a session out of that period)

Output
  -f, --format text|json|ics   default text
  --rules guideline|evidence|FILE
                               the rule pack (over the request's); FILE is a custom pack
  -o, --out FILE               write to FILE instead of standard output

Flags given with --input override that file's fields. A missing today, start date or
time zone is filled from the clock and your zone.
`;

export const RULES_HELP = `mnplan rules: the rule packs behind every plan.

  mnplan rules list [--rules FILE] [--format text|json]
        the shipped packs (and a custom pack file)
  mnplan rules show CODE [--rules ID|FILE] [--format text|json]
        one rule by its code as plans cite it (sessions.acne-scars.moderate,
        screening.pregnancy, prep.stop-retinoids), a bare code looked up in every group
        (stop-retinoids), or a group's name for all of its rules (screening)
  mnplan rules validate FILE
        check a custom pack: OK with a summary, or each problem as path: message
        (exit status 2)
`;
