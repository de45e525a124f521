-- 0001_schema.sql: schema version 1.
--
-- What a scrutiny officer keeps in Word tables, normalised: committees hold
-- meetings, meetings hold agenda items, items hold recommendations; the
-- executive responds to a recommendation and its leads send updates;
-- actions hang off an item (a committee's action tracker) or off a
-- recommendation (a peer-review action plan).
--
-- Every table is STRICT, every closed vocabulary is a CHECK, every date is
-- ISO YYYY-MM-DD (checked by round-tripping through strftime, which rejects
-- 2025-02-30).  History is kept by triggers so that an edit made with the
-- plain sqlite3 shell is recorded too.

CREATE TABLE committees (
	id      INTEGER PRIMARY KEY,
	slug    TEXT NOT NULL UNIQUE
	        CHECK (length(slug) BETWEEN 1 AND 64 AND slug NOT GLOB '*[^a-z0-9-]*'),
	name    TEXT NOT NULL CHECK (trim(name) <> ''),
	kind    TEXT NOT NULL DEFAULT 'scrutiny'
	        CHECK (kind IN ('scrutiny', 'executive', 'peer-review', 'audit', 'other')),
	chair   TEXT,
	officer TEXT
) STRICT;

CREATE TABLE meetings (
	id           INTEGER PRIMARY KEY,
	committee_id INTEGER NOT NULL REFERENCES committees(id),
	date         TEXT NOT NULL CHECK (date IS strftime('%Y-%m-%d', date)),
	title        TEXT,
	UNIQUE (committee_id, date)
) STRICT;
CREATE INDEX meetings_date ON meetings(date);

CREATE TABLE items (
	id            INTEGER PRIMARY KEY,
	meeting_id    INTEGER NOT NULL REFERENCES meetings(id),
	title         TEXT NOT NULL CHECK (trim(title) <> ''),
	agenda_number TEXT,
	UNIQUE (meeting_id, title)
) STRICT;

-- response_due defaults (in the program) to the meeting date plus two
-- months: the statutory time the executive has to respond to an overview
-- and scrutiny report.
CREATE TABLE recommendations (
	id           INTEGER PRIMARY KEY,
	item_id      INTEGER NOT NULL REFERENCES items(id),
	number       TEXT NOT NULL CHECK (trim(number) <> ''),
	title        TEXT,
	text         TEXT NOT NULL CHECK (trim(text) <> ''),
	response_due TEXT NOT NULL CHECK (response_due IS strftime('%Y-%m-%d', response_due)),
	update_due   TEXT CHECK (update_due IS NULL OR update_due IS strftime('%Y-%m-%d', update_due)),
	UNIQUE (item_id, number)
) STRICT;

-- An action belongs to exactly one of an item or a recommendation.  The due
-- date is kept as written ("Q4 22/23", "Ongoing") beside the date it means.
CREATE TABLE actions (
	id                INTEGER PRIMARY KEY,
	item_id           INTEGER REFERENCES items(id),
	recommendation_id INTEGER REFERENCES recommendations(id),
	text              TEXT NOT NULL CHECK (trim(text) <> ''),
	due_text          TEXT,
	due_date          TEXT CHECK (due_date IS NULL OR due_date IS strftime('%Y-%m-%d', due_date)),
	CHECK ((item_id IS NULL) <> (recommendation_id IS NULL))
) STRICT;
CREATE INDEX actions_item ON actions(item_id) WHERE item_id IS NOT NULL;
CREATE INDEX actions_recommendation ON actions(recommendation_id)
	WHERE recommendation_id IS NOT NULL;

-- People leading a recommendation or an action, in the order written
-- ("Vic Kurzeja; Michael Smedley" is two rows).
CREATE TABLE leads (
	id                INTEGER PRIMARY KEY,
	recommendation_id INTEGER REFERENCES recommendations(id),
	action_id         INTEGER REFERENCES actions(id),
	position          INTEGER NOT NULL,
	name              TEXT NOT NULL CHECK (trim(name) <> ''),
	CHECK ((recommendation_id IS NULL) <> (action_id IS NULL))
) STRICT;
CREATE INDEX leads_recommendation ON leads(recommendation_id, position)
	WHERE recommendation_id IS NOT NULL;
CREATE INDEX leads_action ON leads(action_id, position) WHERE action_id IS NOT NULL;
CREATE INDEX leads_name ON leads(name);

-- The executive's responses.  The current response is the latest by date
-- (ties: the last entered); an amendment is a new row, so the answer as it
-- stood on any past date can still be read.
CREATE TABLE responses (
	id                INTEGER PRIMARY KEY,
	recommendation_id INTEGER NOT NULL REFERENCES recommendations(id),
	date              TEXT NOT NULL CHECK (date IS strftime('%Y-%m-%d', date)),
	decision          TEXT NOT NULL
	                  CHECK (decision IN ('accepted', 'partially-accepted', 'rejected', 'noted')),
	text              TEXT
) STRICT;
CREATE INDEX responses_recommendation ON responses(recommendation_id, date, id);

-- Progress updates on a recommendation or an action.  due, when given, is
-- when the next update is owed.
CREATE TABLE updates (
	id                INTEGER PRIMARY KEY,
	recommendation_id INTEGER REFERENCES recommendations(id),
	action_id         INTEGER REFERENCES actions(id),
	date              TEXT NOT NULL CHECK (date IS strftime('%Y-%m-%d', date)),
	status            TEXT NOT NULL
	                  CHECK (status IN ('pending', 'in-item', 'in-progress', 'delayed', 'complete')),
	text              TEXT,
	due               TEXT CHECK (due IS NULL OR due IS strftime('%Y-%m-%d', due)),
	CHECK ((recommendation_id IS NULL) <> (action_id IS NULL))
) STRICT;
CREATE INDEX updates_recommendation ON updates(recommendation_id, date, id)
	WHERE recommendation_id IS NOT NULL;
CREATE INDEX updates_action ON updates(action_id, date, id) WHERE action_id IS NOT NULL;

-- History.  Triggers below write one row per insert, change and delete of
-- the tables above, with the old and new row as JSON.  "actor" holds the OS
-- user for the length of one rectrack transaction (rectrack inserts it
-- first and deletes it before COMMIT); an edit made elsewhere finds it
-- empty and records a NULL user.
CREATE TABLE actor (
	id   INTEGER PRIMARY KEY CHECK (id = 1),
	user TEXT
) STRICT;

CREATE TABLE history (
	id       INTEGER PRIMARY KEY,
	at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
	user     TEXT,
	tbl      TEXT NOT NULL,
	row_id   INTEGER NOT NULL,
	op       TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
	old      TEXT CHECK (old IS NULL OR json_valid(old)),
	new      TEXT CHECK (new IS NULL OR json_valid(new))
) STRICT;
CREATE INDEX history_row ON history(tbl, row_id);

-- committees
CREATE TRIGGER committees_ai AFTER INSERT ON committees BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'committees', NEW.id, 'insert', json_object('slug', NEW.slug, 'name', NEW.name,
	'kind', NEW.kind, 'chair', NEW.chair, 'officer', NEW.officer));
END;
CREATE TRIGGER committees_au AFTER UPDATE ON committees BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'committees', NEW.id, 'update', json_object('slug', OLD.slug, 'name', OLD.name,
	'kind', OLD.kind, 'chair', OLD.chair, 'officer', OLD.officer),
	json_object('slug', NEW.slug, 'name', NEW.name,
	'kind', NEW.kind, 'chair', NEW.chair, 'officer', NEW.officer));
END;
CREATE TRIGGER committees_ad AFTER DELETE ON committees BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'committees', OLD.id, 'delete', json_object('slug', OLD.slug, 'name', OLD.name,
	'kind', OLD.kind, 'chair', OLD.chair, 'officer', OLD.officer));
END;

-- meetings
CREATE TRIGGER meetings_ai AFTER INSERT ON meetings BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'meetings', NEW.id, 'insert', json_object('committee_id', NEW.committee_id,
	'date', NEW.date, 'title', NEW.title));
END;
CREATE TRIGGER meetings_au AFTER UPDATE ON meetings BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'meetings', NEW.id, 'update', json_object('committee_id', OLD.committee_id,
	'date', OLD.date, 'title', OLD.title), json_object('committee_id', NEW.committee_id,
	'date', NEW.date, 'title', NEW.title));
END;
CREATE TRIGGER meetings_ad AFTER DELETE ON meetings BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'meetings', OLD.id, 'delete', json_object('committee_id', OLD.committee_id,
	'date', OLD.date, 'title', OLD.title));
END;

-- items
CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'items', NEW.id, 'insert', json_object('meeting_id', NEW.meeting_id,
	'title', NEW.title, 'agenda_number', NEW.agenda_number));
END;
CREATE TRIGGER items_au AFTER UPDATE ON items BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'items', NEW.id, 'update', json_object('meeting_id', OLD.meeting_id,
	'title', OLD.title, 'agenda_number', OLD.agenda_number),
	json_object('meeting_id', NEW.meeting_id,
	'title', NEW.title, 'agenda_number', NEW.agenda_number));
END;
CREATE TRIGGER items_ad AFTER DELETE ON items BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'items', OLD.id, 'delete', json_object('meeting_id', OLD.meeting_id,
	'title', OLD.title, 'agenda_number', OLD.agenda_number));
END;

-- recommendations
CREATE TRIGGER recommendations_ai AFTER INSERT ON recommendations BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'recommendations', NEW.id, 'insert', json_object('item_id', NEW.item_id,
	'number', NEW.number, 'title', NEW.title, 'text', NEW.text,
	'response_due', NEW.response_due, 'update_due', NEW.update_due));
END;
CREATE TRIGGER recommendations_au AFTER UPDATE ON recommendations BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'recommendations', NEW.id, 'update', json_object('item_id', OLD.item_id,
	'number', OLD.number, 'title', OLD.title, 'text', OLD.text,
	'response_due', OLD.response_due, 'update_due', OLD.update_due),
	json_object('item_id', NEW.item_id,
	'number', NEW.number, 'title', NEW.title, 'text', NEW.text,
	'response_due', NEW.response_due, 'update_due', NEW.update_due));
END;
CREATE TRIGGER recommendations_ad AFTER DELETE ON recommendations BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'recommendations', OLD.id, 'delete', json_object('item_id', OLD.item_id,
	'number', OLD.number, 'title', OLD.title, 'text', OLD.text,
	'response_due', OLD.response_due, 'update_due', OLD.update_due));
END;

-- actions
CREATE TRIGGER actions_ai AFTER INSERT ON actions BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'actions', NEW.id, 'insert', json_object('item_id', NEW.item_id,
	'recommendation_id', NEW.recommendation_id, 'text', NEW.text,
	'due_text', NEW.due_text, 'due_date', NEW.due_date));
END;
CREATE TRIGGER actions_au AFTER UPDATE ON actions BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'actions', NEW.id, 'update', json_object('item_id', OLD.item_id,
	'recommendation_id', OLD.recommendation_id, 'text', OLD.text,
	'due_text', OLD.due_text, 'due_date', OLD.due_date),
	json_object('item_id', NEW.item_id,
	'recommendation_id', NEW.recommendation_id, 'text', NEW.text,
	'due_text', NEW.due_text, 'due_date', NEW.due_date));
END;
CREATE TRIGGER actions_ad AFTER DELETE ON actions BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'actions', OLD.id, 'delete', json_object('item_id', OLD.item_id,
	'recommendation_id', OLD.recommendation_id, 'text', OLD.text,
	'due_text', OLD.due_text, 'due_date', OLD.due_date));
END;

-- leads
CREATE TRIGGER leads_ai AFTER INSERT ON leads BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'leads', NEW.id, 'insert', json_object('recommendation_id', NEW.recommendation_id,
	'action_id', NEW.action_id, 'position', NEW.position, 'name', NEW.name));
END;
CREATE TRIGGER leads_au AFTER UPDATE ON leads BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'leads', NEW.id, 'update', json_object('recommendation_id', OLD.recommendation_id,
	'action_id', OLD.action_id, 'position', OLD.position, 'name', OLD.name),
	json_object('recommendation_id', NEW.recommendation_id,
	'action_id', NEW.action_id, 'position', NEW.position, 'name', NEW.name));
END;
CREATE TRIGGER leads_ad AFTER DELETE ON leads BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'leads', OLD.id, 'delete', json_object('recommendation_id', OLD.recommendation_id,
	'action_id', OLD.action_id, 'position', OLD.position, 'name', OLD.name));
END;

-- responses
CREATE TRIGGER responses_ai AFTER INSERT ON responses BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'responses', NEW.id, 'insert', json_object('recommendation_id', NEW.recommendation_id,
	'date', NEW.date, 'decision', NEW.decision, 'text', NEW.text));
END;
CREATE TRIGGER responses_au AFTER UPDATE ON responses BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'responses', NEW.id, 'update', json_object('recommendation_id', OLD.recommendation_id,
	'date', OLD.date, 'decision', OLD.decision, 'text', OLD.text),
	json_object('recommendation_id', NEW.recommendation_id,
	'date', NEW.date, 'decision', NEW.decision, 'text', NEW.text));
END;
CREATE TRIGGER responses_ad AFTER DELETE ON responses BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'responses', OLD.id, 'delete', json_object('recommendation_id', OLD.recommendation_id,
	'date', OLD.date, 'decision', OLD.decision, 'text', OLD.text));
END;

-- updates
CREATE TRIGGER updates_ai AFTER INSERT ON updates BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'updates', NEW.id, 'insert', json_object('recommendation_id', NEW.recommendation_id,
	'action_id', NEW.action_id, 'date', NEW.date, 'status', NEW.status,
	'text', NEW.text, 'due', NEW.due));
END;
CREATE TRIGGER updates_au AFTER UPDATE ON updates BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'updates', NEW.id, 'update', json_object('recommendation_id', OLD.recommendation_id,
	'action_id', OLD.action_id, 'date', OLD.date, 'status', OLD.status,
	'text', OLD.text, 'due', OLD.due),
	json_object('recommendation_id', NEW.recommendation_id,
	'action_id', NEW.action_id, 'date', NEW.date, 'status', NEW.status,
	'text', NEW.text, 'due', NEW.due));
END;
CREATE TRIGGER updates_ad AFTER DELETE ON updates BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'updates', OLD.id, 'delete', json_object('recommendation_id', OLD.recommendation_id,
	'action_id', OLD.action_id, 'date', OLD.date, 'status', OLD.status,
	'text', OLD.text, 'due', OLD.due));
END;

-- reports: what has been reported to a committee, and at which meeting.
-- The tracker for a meeting shows a response until it has been reported,
-- and a closed recommendation or action until its closing has been
-- reported; `tracker --mark-reported` writes these rows.  A closing is the
-- update that closed it (or, for rejected and noted, the response), so a
-- recommendation that is reopened and closed again is reported again.
CREATE TABLE reports (
	id          INTEGER PRIMARY KEY,
	meeting_id  INTEGER NOT NULL REFERENCES meetings(id),
	response_id INTEGER UNIQUE REFERENCES responses(id),
	update_id   INTEGER UNIQUE REFERENCES updates(id),
	CHECK ((response_id IS NULL) <> (update_id IS NULL))
) STRICT;
CREATE INDEX reports_meeting ON reports(meeting_id);

CREATE TRIGGER reports_ai AFTER INSERT ON reports BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'reports', NEW.id, 'insert', json_object('meeting_id', NEW.meeting_id,
	'response_id', NEW.response_id, 'update_id', NEW.update_id));
END;
CREATE TRIGGER reports_au AFTER UPDATE ON reports BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'reports', NEW.id, 'update', json_object('meeting_id', OLD.meeting_id,
	'response_id', OLD.response_id, 'update_id', OLD.update_id),
	json_object('meeting_id', NEW.meeting_id,
	'response_id', NEW.response_id, 'update_id', NEW.update_id));
END;
CREATE TRIGGER reports_ad AFTER DELETE ON reports BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'reports', OLD.id, 'delete', json_object('meeting_id', OLD.meeting_id,
	'response_id', OLD.response_id, 'update_id', OLD.update_id));
END;

-- search_index: full text of recommendations, responses, updates and
-- actions, kept in step by the triggers below.  The rowid encodes the
-- source row (id * 4 + 0 recommendation, 1 response, 2 update, 3 action) so
-- that a change finds its entry without a scan.  recommendation_id is the
-- recommendation the text belongs to (NULL for an item's action).
CREATE VIRTUAL TABLE search_index USING fts5(
	body, kind UNINDEXED, recommendation_id UNINDEXED,
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER recommendations_search_ai AFTER INSERT ON recommendations BEGIN
	INSERT INTO search_index(rowid, body, kind, recommendation_id)
	VALUES (NEW.id * 4, coalesce(NEW.title || char(10), '') || NEW.text,
	        'recommendation', NEW.id);
END;
CREATE TRIGGER recommendations_search_au AFTER UPDATE OF title, text ON recommendations BEGIN
	DELETE FROM search_index WHERE rowid = OLD.id * 4;
	INSERT INTO search_index(rowid, body, kind, recommendation_id)
	VALUES (NEW.id * 4, coalesce(NEW.title || char(10), '') || NEW.text,
	        'recommendation', NEW.id);
END;
CREATE TRIGGER recommendations_search_ad AFTER DELETE ON recommendations BEGIN
	DELETE FROM search_index WHERE rowid = OLD.id * 4;
END;

CREATE TRIGGER responses_search_ai AFTER INSERT ON responses WHEN NEW.text IS NOT NULL BEGIN
	INSERT INTO search_index(rowid, body, kind, recommendation_id)
	VALUES (NEW.id * 4 + 1, NEW.text, 'response', NEW.recommendation_id);
END;
CREATE TRIGGER responses_search_au AFTER UPDATE ON responses BEGIN
	DELETE FROM search_index WHERE rowid = OLD.id * 4 + 1;
	INSERT INTO search_index(rowid, body, kind, recommendation_id)
	SELECT NEW.id * 4 + 1, NEW.text, 'response', NEW.recommendation_id
	WHERE NEW.text IS NOT NULL;
END;
CREATE TRIGGER responses_search_ad AFTER DELETE ON responses BEGIN
	DELETE FROM search_index WHERE rowid = OLD.id * 4 + 1;
END;

CREATE TRIGGER updates_search_ai AFTER INSERT ON updates WHEN NEW.text IS NOT NULL BEGIN
	INSERT INTO search_index(rowid, body, kind, recommendation_id)
	VALUES (NEW.id * 4 + 2, NEW.text, 'update', coalesce(NEW.recommendation_id,
	        (SELECT recommendation_id FROM actions WHERE id = NEW.action_id)));
END;
CREATE TRIGGER updates_search_au AFTER UPDATE ON updates BEGIN
	DELETE FROM search_index WHERE rowid = OLD.id * 4 + 2;
	INSERT INTO search_index(rowid, body, kind, recommendation_id)
	SELECT NEW.id * 4 + 2, NEW.text, 'update', coalesce(NEW.recommendation_id,
	       (SELECT recommendation_id FROM actions WHERE id = NEW.action_id))
	WHERE NEW.text IS NOT NULL;
END;
CREATE TRIGGER updates_search_ad AFTER DELETE ON updates BEGIN
	DELETE FROM search_index WHERE rowid = OLD.id * 4 + 2;
END;

CREATE TRIGGER actions_search_ai AFTER INSERT ON actions BEGIN
	INSERT INTO search_index(rowid, body, kind, recommendation_id)
	VALUES (NEW.id * 4 + 3, NEW.text, 'action', NEW.recommendation_id);
END;
CREATE TRIGGER actions_search_au AFTER UPDATE OF text, recommendation_id ON actions BEGIN
	DELETE FROM search_index WHERE rowid = OLD.id * 4 + 3;
	INSERT INTO search_index(rowid, body, kind, recommendation_id)
	VALUES (NEW.id * 4 + 3, NEW.text, 'action', NEW.recommendation_id);
END;
CREATE TRIGGER actions_search_ad AFTER DELETE ON actions BEGIN
	DELETE FROM search_index WHERE rowid = OLD.id * 4 + 3;
END;

-- Derived state, defined once.  rectrack reads these view definitions back
-- from the database to make TEMP copies for --as-of (see db.c).

-- as_of: the date that every state view is computed for.
--
-- In the database this is today.  rectrack shadows it, for one connection,
-- with a TEMP table holding the --as-of date and TEMP copies of the views
-- below (unqualified names in a TEMP view resolve to TEMP first), so the
-- state logic is written once, here in sql/views/, and nowhere else.
CREATE VIEW as_of AS SELECT date('now', 'localtime') AS date;

-- recommendation_state: every recommendation as it stood on the as_of date,
-- with its current response, its latest update and its derived state.
--
-- Recommendations from meetings after the date do not exist yet; responses
-- and updates dated after it are ignored.  The current response and the
-- latest update are the last by date, ties broken by the last entered.
-- State: no response: awaiting-response; rejected or noted: that word
-- (closed); accepted or partially accepted: by the latest update, none or
-- pending: update-pending, in-item: update-in-item, else the status
-- (complete is closed).  response_reported_on and closing_reported_on are
-- the dates of the meetings at which the current response and the closing
-- were reported (see reports), if on or before the as_of date.
CREATE VIEW recommendation_state AS
SELECT id, committee, meeting_date, item, number, recommendation, leads,
       decision, response_date, state, last_update_date, last_update,
       update_due, title, response_due, last_update_status, response_text,
       committee_id, meeting_id, item_id, response_id, last_update_id,
       response_reported_on,
       CASE
       WHEN state = 'complete' THEN update_reported_on
       WHEN state IN ('rejected', 'noted') THEN response_reported_on
       END AS closing_reported_on,
       state IN ('complete', 'rejected', 'noted') AS closed,
       CASE
       WHEN state = 'awaiting-response' THEN response_due < as_of
       WHEN state IN ('update-pending', 'in-progress', 'delayed') THEN update_due < as_of
       ELSE 0
       END AS overdue,
       as_of
FROM (
	SELECT r.id AS id, c.slug AS committee, m.date AS meeting_date,
	       i.title AS item, r.number AS number, r.text AS recommendation,
	       (SELECT group_concat(name, '; ') FROM (SELECT name FROM leads
	         WHERE leads.recommendation_id = r.id ORDER BY position)) AS leads,
	       resp.decision AS decision, resp.date AS response_date,
	       CASE
	       WHEN resp.id IS NULL THEN 'awaiting-response'
	       WHEN resp.decision IN ('rejected', 'noted') THEN resp.decision
	       WHEN upd.status IS NULL OR upd.status = 'pending' THEN 'update-pending'
	       WHEN upd.status = 'in-item' THEN 'update-in-item'
	       ELSE upd.status
	       END AS state,
	       upd.date AS last_update_date, upd.text AS last_update,
	       coalesce((SELECT u.due FROM updates u
	                 WHERE u.recommendation_id = r.id AND u.date <= a.date
	                   AND u.due IS NOT NULL
	                 ORDER BY u.date DESC, u.id DESC LIMIT 1),
	                r.update_due) AS update_due,
	       r.title AS title, r.response_due AS response_due,
	       upd.status AS last_update_status, resp.text AS response_text,
	       c.id AS committee_id,
	       m.id AS meeting_id, i.id AS item_id, resp.id AS response_id,
	       upd.id AS last_update_id,
	       (SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
	        WHERE rp.response_id = resp.id AND rm.date <= a.date) AS response_reported_on,
	       (SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
	        WHERE rp.update_id = upd.id AND rm.date <= a.date) AS update_reported_on,
	       a.date AS as_of
	-- CROSS JOIN fixes the order: from the committee down through the
	-- indexes, so a query for one committee never scans every
	-- recommendation (whatever the planner would guess without statistics).
	FROM as_of a
	CROSS JOIN committees c
	CROSS JOIN meetings m ON m.committee_id = c.id AND m.date <= a.date
	CROSS JOIN items i ON i.meeting_id = m.id
	CROSS JOIN recommendations r ON r.item_id = i.id
	LEFT JOIN responses resp ON resp.id =
	      (SELECT x.id FROM responses x
	       WHERE x.recommendation_id = r.id AND x.date <= a.date
	       ORDER BY x.date DESC, x.id DESC LIMIT 1)
	LEFT JOIN updates upd ON upd.id =
	      (SELECT u.id FROM updates u
	       WHERE u.recommendation_id = r.id AND u.date <= a.date
	       ORDER BY u.date DESC, u.id DESC LIMIT 1)
);

-- action_state: every action as it stood on the as_of date, with its latest
-- update.  An action with no update is pending; it is overdue when its due
-- date is before the as_of date and its status is not complete.
CREATE VIEW action_state AS
SELECT id, committee, meeting_date, item, recommendation_id, action, leads,
       due_text, due_date, status, last_update_date, last_update,
       committee_id, meeting_id, item_id, last_update_id,
       CASE WHEN status = 'complete' THEN update_reported_on END AS closing_reported_on,
       status = 'complete' AS closed,
       (due_date IS NOT NULL AND due_date < as_of AND status <> 'complete') AS overdue,
       as_of
FROM (
	SELECT ac.id AS id, c.slug AS committee, m.date AS meeting_date,
	       i.title AS item, ac.recommendation_id AS recommendation_id,
	       ac.text AS action,
	       (SELECT group_concat(name, '; ') FROM (SELECT name FROM leads
	         WHERE leads.action_id = ac.id ORDER BY position)) AS leads,
	       ac.due_text AS due_text, ac.due_date AS due_date,
	       coalesce(upd.status, 'pending') AS status,
	       upd.date AS last_update_date, upd.text AS last_update,
	       c.id AS committee_id, m.id AS meeting_id, i.id AS item_id,
	       upd.id AS last_update_id,
	       (SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
	        WHERE rp.update_id = upd.id AND rm.date <= a.date) AS update_reported_on,
	       a.date AS as_of
	FROM as_of a
	CROSS JOIN committees c
	CROSS JOIN meetings m ON m.committee_id = c.id AND m.date <= a.date
	CROSS JOIN items i ON i.meeting_id = m.id
	CROSS JOIN actions ac ON ac.item_id = i.id OR ac.recommendation_id IN
	     (SELECT r.id FROM recommendations r WHERE r.item_id = i.id)
	LEFT JOIN updates upd ON upd.id =
	      (SELECT u.id FROM updates u
	       WHERE u.action_id = ac.id AND u.date <= a.date
	       ORDER BY u.date DESC, u.id DESC LIMIT 1)
);
