/** The whole grammar, shown for `help`, an empty text and an unknown subcommand. */
export const USAGE = [
  '*breachbot* — run a data-breach response',
  '`/incident open <title> [--severity sev1|sev2|sev3|sev4] [--discovered <ISO 8601 instant>] [--regimes <id,...>] [--drill [--speed N]]`',
  '    opens a private incident channel with the response checklist (severity defaults to sev1)',
  '`/incident status` — the incident in this channel',
  '`/incident deadlines` — notification obligations by due time',
  '`/incident facts --data ssn,financial_account --affected US-CA=1200,EU=40 [--entity …] [--discovered …] [--materiality …]`',
  '`/incident facts --le-agency "FBI Boston" --le-form written|oral --le-requested <instant> [--le-until <instant>] [--le-notices all|hipaa,us-me]`',
  "    records law enforcement's request to delay notices; `--le-lifted <instant>` when it says notice no longer impedes",
  '`/incident notified <id>|<regime>[/<recipient>]|*/<recipient> [--at <date or instant>] [note]` — mark notices as given (when they went out)',
  '`/incident notified --undo <id>` — reopen a notice marked given by mistake',
  '`/incident decision <text>` — record a decision',
  '`/incident role commander|comms|legal|scribe|forensics @person`',
  '`/incident summary` — post the incident summary',
  '`/incident close` — close the incident',
  '`/incident help` — this text',
].join('\n');
