// Usage texts of the journal commands, loaded with them.

const DATABASE = `Database
  --data-dir DIR               the data folder (default: DATA_DIR, else ./data): the
                               SQLite file mnplan.sqlite3 and the photos live there
  DATABASE_URL=postgres://…    that PostgreSQL database instead (as for the server)
`;

export const COURSE_HELP = `mnplan course: treatment courses in the local journal.

  mnplan course new [request flags] [--label TEXT]
        start a course from a request
  mnplan course list           every course: id, label, state, next session due
  mnplan course show ID        its current plan, its journal and the latest changes
  mnplan course delete ID --yes
        delete it, its journal and its photo files

Record with mnplan session log, mnplan checkin and mnplan rate; take it away with
mnplan export. Each command has --help.
`;

export const COURSE_NEW_HELP = `mnplan course new: start a course; its plan is made from the request.

The request comes from -i, --input FILE|- (JSON) or from the same flags as mnplan plan
(--concern, --area, --age, --fitzpatrick, --setting, --start, --today, --tz, …; see
mnplan plan --help). Flags override the fields of an input file.

  --label TEXT                 your own name for the course
  --rules guideline|evidence   the rule pack (a course keeps a shipped pack)
  -f, --format text|json       text (default): the answer and how to log a session;
                               json: the course

${DATABASE}`;

export const COURSE_LIST_HELP = `mnplan course list: every course, oldest first.

  -f, --format text|json       default text: id, label, state, next session due

${DATABASE}`;

export const COURSE_SHOW_HELP = `mnplan course show ID: a course's current plan, then its journal.

The plan as mnplan plan prints it, then the sessions, check-ins and ratings recorded,
and the latest revision of the plan: each change with its reason, and the next date.

  -f, --format text|json       json: the course, its revisions and its journal

${DATABASE}`;

export const COURSE_DELETE_HELP = `mnplan course delete ID --yes: delete a course for good.

Deletes the course, everything recorded for it and its photo files. It asks nothing:
-y, --yes confirms.

${DATABASE}`;

export const SESSION_HELP = `mnplan session log ID: record a session that took place.

  --date YYYY-MM-DD            default: today in the course's time zone
  --device pen|roller          required
  --depth AREA:MM              required, repeatable: --depth cheeks:1.0 --depth chin:0.5
  --setting clinic|home        default: the course's
  --passes N                   --needles N   --cartridge TYPE
  --product NAME               repeatable: what was applied
  --by NAME                    who performed it
  --notes TEXT
  -f, --format text|json       default text

A session before the interval's minimum since the last one is refused (status 2, with
the date it becomes allowed); before the recommended date it is kept with a warning.
The plan then adapts, and the changes are printed with their reasons.

${DATABASE}`;

export const CHECKIN_HELP = `mnplan checkin ID: a daily recovery check-in.

  --date YYYY-MM-DD            default: today in the course's time zone
  --redness 0-3  --swelling 0-3  --pain 0-3  --flaking 0-3      each required
  --sign SIGN                  repeatable or a comma list: worsening-after-72h, pus,
                               fever, spreading-warmth, cold-sore, dark-patches,
                               scarring
  --notes TEXT
  -f, --format text|json       default text

A slow reaction lengthens the next interval and lowers its depth; a warning sign pauses
the course until a professional has seen you.

${DATABASE}`;

export const RATE_HELP = `mnplan rate ID: rate your progress on a concern.

  --concern CONCERN            glow, fine-lines, acne-scars or stretch-marks
  --score 0-10                 0 no better, 10 as good as hoped
  --date YYYY-MM-DD            default: today in the course's time zone
  --notes TEXT
  -f, --format text|json       default text

${DATABASE}`;

export const EXPORT_HELP = `mnplan export ID: a course's data to take away.

  -f, --format json|csv|ics    json (default): the course, its revisions and journal;
                               csv: the journal, one row per record;
                               ics: the current plan as a calendar (stable UIDs,
                               SEQUENCE = the plan's revision)
  -o, --out FILE               write to FILE instead of standard output

${DATABASE}`;
