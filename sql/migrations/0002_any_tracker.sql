-- 0002_any_tracker.sql: schema version 2, a model that holds any body's
-- tracker: its words (vocabulary), its response rules (a committee's
-- addressee and response period; a recommendation's received date and
-- "no response expected"), its structure (sub-recommendations, numbered
-- actions, targets and their revisions) and the v2 decisions, statuses and
-- update ratings.  Ids are never reused (AUTOINCREMENT everywhere).
--
-- SQLite cannot change a CHECK or add AUTOINCREMENT in place, so every
-- table is rebuilt the documented way (https://sqlite.org/lang_altertable.html,
-- "other kinds of table schema changes"): the views and triggers go first,
-- each table is copied into its new shape and renamed into place, then
-- indexes, triggers and views are made again.  rectrack runs a migration
-- with foreign keys off and checks them before COMMIT (src/db.c).
--
-- A v1 database answers every query as before: its committees keep a
-- two-month response period whatever their kind, its recommendations keep
-- their response_due, and their received date is their meeting's.

DROP VIEW recommendation_state;
DROP VIEW action_state;
DROP VIEW as_of;

-- committees: addressee is who must respond ("Due to Cabinet");
-- response_period is "N days", "N weeks", "N months", "open" (a response
-- is expected, with no deadline) or "none" (no response is expected).
CREATE TABLE committees_v2 (
	id              INTEGER PRIMARY KEY AUTOINCREMENT,
	slug            TEXT NOT NULL UNIQUE
	                CHECK (length(slug) BETWEEN 1 AND 64 AND slug NOT GLOB '*[^a-z0-9-]*'),
	name            TEXT NOT NULL CHECK (trim(name) <> ''),
	kind            TEXT NOT NULL DEFAULT 'scrutiny'
	                CHECK (kind IN ('scrutiny', 'executive', 'peer-review', 'audit', 'other')),
	chair           TEXT,
	officer         TEXT,
	addressee       TEXT NOT NULL DEFAULT 'Cabinet' CHECK (trim(addressee) <> ''),
	response_period TEXT NOT NULL DEFAULT '2 months'
	                CHECK (response_period IN ('open', 'none') OR
	                       (response_period GLOB '[1-9]* *' AND
	                        substr(response_period, 1, instr(response_period, ' ') - 1)
	                          NOT GLOB '*[^0-9]*' AND
	                        instr(response_period, ' ') <= 5 AND
	                        substr(response_period, instr(response_period, ' ') + 1)
	                          IN ('day', 'days', 'week', 'weeks', 'month', 'months')))
) STRICT;
INSERT INTO committees_v2(id, slug, name, kind, chair, officer)
SELECT id, slug, name, kind, chair, officer FROM committees;

CREATE TABLE meetings_v2 (
	id           INTEGER PRIMARY KEY AUTOINCREMENT,
	committee_id INTEGER NOT NULL REFERENCES committees(id),
	date         TEXT NOT NULL CHECK (date IS strftime('%Y-%m-%d', date)),
	title        TEXT,
	UNIQUE (committee_id, date)
) STRICT;
INSERT INTO meetings_v2 SELECT id, committee_id, date, title FROM meetings;

CREATE TABLE items_v2 (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	meeting_id    INTEGER NOT NULL REFERENCES meetings(id),
	title         TEXT NOT NULL CHECK (trim(title) <> ''),
	agenda_number TEXT,
	UNIQUE (meeting_id, title)
) STRICT;
INSERT INTO items_v2 SELECT id, meeting_id, title, agenda_number FROM items;

-- recommendations: parent_id makes a sub-recommendation (i), ii), a)-k));
-- a child lives in its parent's item.  number_key is the number's natural
-- sort key (see natural_keys below), kept by triggers.  received is when
-- the addressee received the report (NULL: the meeting date); the response
-- clock starts then.  response_due is NULL when no deadline applies.
-- response_expected: NULL follows the committee (its period is not
-- "none"), 1 a response is expected (rec add --response-due), 0 none is
-- (rec add --no-response).  update_due_text and target_text keep the due
-- texts as written beside the dates they mean (NULL date: "Ongoing", or a
-- text that has no date).
CREATE TABLE recommendations_v2 (
	id                INTEGER PRIMARY KEY AUTOINCREMENT,
	item_id           INTEGER NOT NULL REFERENCES items(id),
	parent_id         INTEGER REFERENCES recommendations(id),
	number            TEXT NOT NULL CHECK (trim(number) <> ''),
	number_key        TEXT,
	title             TEXT,
	text              TEXT NOT NULL CHECK (trim(text) <> ''),
	received          TEXT CHECK (received IS NULL OR received IS strftime('%Y-%m-%d', received)),
	response_due      TEXT CHECK (response_due IS NULL OR
	                              response_due IS strftime('%Y-%m-%d', response_due)),
	response_expected INTEGER CHECK (response_expected IS NULL OR response_expected IN (0, 1)),
	update_due        TEXT CHECK (update_due IS NULL OR update_due IS strftime('%Y-%m-%d', update_due)),
	update_due_text   TEXT,
	target_text       TEXT,
	target_date       TEXT CHECK (target_date IS NULL OR target_date IS strftime('%Y-%m-%d', target_date)),
	theme             TEXT CHECK (theme IS NULL OR trim(theme) <> ''),
	CHECK (parent_id IS NOT id)
) STRICT;
INSERT INTO recommendations_v2(id, item_id, number, title, text, response_due, update_due)
SELECT id, item_id, number, title, text, response_due, update_due FROM recommendations;

-- actions: number as the source writes it (optional); they list by number
-- when they have one, else in the order entered.
CREATE TABLE actions_v2 (
	id                INTEGER PRIMARY KEY AUTOINCREMENT,
	item_id           INTEGER REFERENCES items(id),
	recommendation_id INTEGER REFERENCES recommendations(id),
	number            TEXT CHECK (number IS NULL OR trim(number) <> ''),
	number_key        TEXT,
	text              TEXT NOT NULL CHECK (trim(text) <> ''),
	due_text          TEXT,
	due_date          TEXT CHECK (due_date IS NULL OR due_date IS strftime('%Y-%m-%d', due_date)),
	CHECK ((item_id IS NULL) <> (recommendation_id IS NULL))
) STRICT;
INSERT INTO actions_v2(id, item_id, recommendation_id, text, due_text, due_date)
SELECT id, item_id, recommendation_id, text, due_text, due_date FROM actions;

CREATE TABLE leads_v2 (
	id                INTEGER PRIMARY KEY AUTOINCREMENT,
	recommendation_id INTEGER REFERENCES recommendations(id),
	action_id         INTEGER REFERENCES actions(id),
	position          INTEGER NOT NULL,
	name              TEXT NOT NULL CHECK (trim(name) <> ''),
	CHECK ((recommendation_id IS NULL) <> (action_id IS NULL))
) STRICT;
INSERT INTO leads_v2 SELECT id, recommendation_id, action_id, position, name FROM leads;

CREATE TABLE responses_v2 (
	id                INTEGER PRIMARY KEY AUTOINCREMENT,
	recommendation_id INTEGER NOT NULL REFERENCES recommendations(id),
	date              TEXT NOT NULL CHECK (date IS strftime('%Y-%m-%d', date)),
	decision          TEXT NOT NULL
	                  CHECK (decision IN ('accepted', 'accepted-in-principle',
	                                      'partially-accepted', 'rejected', 'noted')),
	text              TEXT
) STRICT;
INSERT INTO responses_v2 SELECT id, recommendation_id, date, decision, text FROM responses;

-- updates: rag is the assessor's own rating, percent how far along (both
-- as the source gives them; neither changes the state).
CREATE TABLE updates_v2 (
	id                INTEGER PRIMARY KEY AUTOINCREMENT,
	recommendation_id INTEGER REFERENCES recommendations(id),
	action_id         INTEGER REFERENCES actions(id),
	date              TEXT NOT NULL CHECK (date IS strftime('%Y-%m-%d', date)),
	status            TEXT NOT NULL
	                  CHECK (status IN ('pending', 'in-item', 'in-progress', 'delayed', 'paused',
	                                    'complete', 'not-implemented', 'superseded')),
	text              TEXT,
	due               TEXT CHECK (due IS NULL OR due IS strftime('%Y-%m-%d', due)),
	due_text          TEXT,
	rag               TEXT CHECK (rag IS NULL OR rag IN ('red', 'amber', 'green', 'blue')),
	percent           INTEGER CHECK (percent IS NULL OR percent BETWEEN 0 AND 100),
	CHECK ((recommendation_id IS NULL) <> (action_id IS NULL))
) STRICT;
INSERT INTO updates_v2(id, recommendation_id, action_id, date, status, text, due)
SELECT id, recommendation_id, action_id, date, status, text, due FROM updates;

CREATE TABLE reports_v2 (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	meeting_id  INTEGER NOT NULL REFERENCES meetings(id),
	response_id INTEGER UNIQUE REFERENCES responses(id),
	update_id   INTEGER UNIQUE REFERENCES updates(id),
	CHECK ((response_id IS NULL) <> (update_id IS NULL))
) STRICT;
INSERT INTO reports_v2 SELECT id, meeting_id, response_id, update_id FROM reports;

CREATE TABLE history_v2 (
	id       INTEGER PRIMARY KEY AUTOINCREMENT,
	at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
	user     TEXT,
	tbl      TEXT NOT NULL,
	row_id   INTEGER NOT NULL,
	op       TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
	old      TEXT CHECK (old IS NULL OR json_valid(old)),
	new      TEXT CHECK (new IS NULL OR json_valid(new))
) STRICT;
INSERT INTO history_v2 SELECT id, at, user, tbl, row_id, op, old, new FROM history;

DROP TABLE reports;
DROP TABLE updates;
DROP TABLE responses;
DROP TABLE leads;
DROP TABLE actions;
DROP TABLE recommendations;
DROP TABLE items;
DROP TABLE meetings;
DROP TABLE committees;
DROP TABLE history;
ALTER TABLE committees_v2 RENAME TO committees;
ALTER TABLE meetings_v2 RENAME TO meetings;
ALTER TABLE items_v2 RENAME TO items;
ALTER TABLE recommendations_v2 RENAME TO recommendations;
ALTER TABLE actions_v2 RENAME TO actions;
ALTER TABLE leads_v2 RENAME TO leads;
ALTER TABLE responses_v2 RENAME TO responses;
ALTER TABLE updates_v2 RENAME TO updates;
ALTER TABLE reports_v2 RENAME TO reports;
ALTER TABLE history_v2 RENAME TO history;

-- revisions: every change of a recommendation's target or an action's due
-- date, with the value before and after (as written, and the date it
-- means) and the reason.  The row itself holds the current value; the
-- first revision's old value is the original.
CREATE TABLE revisions (
	id                INTEGER PRIMARY KEY AUTOINCREMENT,
	recommendation_id INTEGER REFERENCES recommendations(id),
	action_id         INTEGER REFERENCES actions(id),
	date              TEXT NOT NULL CHECK (date IS strftime('%Y-%m-%d', date)),
	old_text          TEXT,
	old_date          TEXT CHECK (old_date IS NULL OR old_date IS strftime('%Y-%m-%d', old_date)),
	new_text          TEXT,
	new_date          TEXT CHECK (new_date IS NULL OR new_date IS strftime('%Y-%m-%d', new_date)),
	reason            TEXT NOT NULL CHECK (trim(reason) <> ''),
	CHECK ((recommendation_id IS NULL) <> (action_id IS NULL))
) STRICT;

-- vocabulary: the words a source uses for decisions and statuses, taught
-- per database (`rectrack vocab add`), each meaning one canonical word.
-- The built-in synonyms live in the program (src/vocab.c); a taught word
-- may not shadow them.  label = 1 makes the word the label documents show
-- for its canonical word (one per canonical word).
CREATE TABLE vocabulary (
	id    INTEGER PRIMARY KEY AUTOINCREMENT,
	kind  TEXT NOT NULL CHECK (kind IN ('decision', 'status')),
	word  TEXT NOT NULL CHECK (trim(word) <> '' AND length(word) <= 60),
	means TEXT NOT NULL
	      CHECK (CASE kind
	             WHEN 'decision' THEN means IN ('accepted', 'accepted-in-principle',
	                                           'partially-accepted', 'rejected', 'noted')
	             ELSE means IN ('pending', 'in-item', 'in-progress', 'delayed', 'paused',
	                            'complete', 'not-implemented', 'superseded') END),
	label INTEGER NOT NULL DEFAULT 0 CHECK (label IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX vocabulary_word ON vocabulary(kind, word COLLATE NOCASE);
CREATE UNIQUE INDEX vocabulary_label ON vocabulary(kind, means) WHERE label;

CREATE INDEX meetings_date ON meetings(date);
CREATE UNIQUE INDEX recommendations_number
	ON recommendations(item_id, ifnull(parent_id, 0), number COLLATE NOCASE);
CREATE INDEX recommendations_parent ON recommendations(parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX actions_item ON actions(item_id) WHERE item_id IS NOT NULL;
CREATE INDEX actions_recommendation ON actions(recommendation_id)
	WHERE recommendation_id IS NOT NULL;
CREATE INDEX leads_recommendation ON leads(recommendation_id, position)
	WHERE recommendation_id IS NOT NULL;
CREATE INDEX leads_action ON leads(action_id, position) WHERE action_id IS NOT NULL;
CREATE INDEX leads_name ON leads(name COLLATE NOCASE);
CREATE INDEX responses_recommendation ON responses(recommendation_id, date, id);
CREATE INDEX updates_recommendation ON updates(recommendation_id, date, id)
	WHERE recommendation_id IS NOT NULL;
CREATE INDEX updates_action ON updates(action_id, date, id) WHERE action_id IS NOT NULL;
CREATE INDEX reports_meeting ON reports(meeting_id);
CREATE INDEX history_row ON history(tbl, row_id);
CREATE INDEX revisions_recommendation ON revisions(recommendation_id, date, id)
	WHERE recommendation_id IS NOT NULL;
CREATE INDEX revisions_action ON revisions(action_id, date, id) WHERE action_id IS NOT NULL;

-- natural_keys: the sort key of every recommendation's and action's number,
-- so that numbers sort as people read them (R1 R2 R10, 3.2 3.10, 3 3a 4):
-- letters lower-cased, each run of digits written as its length (two
-- digits) and its value without leading zeros.  "R10" is "r0210", "3.1(a)"
-- "013.011(a)".  Triggers store it in number_key; `check` compares.
CREATE VIEW natural_keys AS
SELECT tbl, id, number, (
	WITH RECURSIVE s(i, out, run) AS (
		SELECT 1, '', ''
		UNION ALL
		SELECT i + 1,
		       CASE WHEN substr(n.number, i, 1) GLOB '[0-9]' THEN out
		       ELSE out || CASE WHEN run = '' THEN ''
		                   ELSE printf('%02d', length(ltrim(run, '0'))) || ltrim(run, '0') END
		                || lower(substr(n.number, i, 1)) END,
		       CASE WHEN substr(n.number, i, 1) GLOB '[0-9]' THEN run || substr(n.number, i, 1)
		       ELSE '' END
		FROM s WHERE i <= length(n.number))
	SELECT out || CASE WHEN run = '' THEN ''
	              ELSE printf('%02d', length(ltrim(run, '0'))) || ltrim(run, '0') END
	FROM s ORDER BY i DESC LIMIT 1) AS key
FROM (SELECT 'recommendations' AS tbl, id, number FROM recommendations
      UNION ALL
      SELECT 'actions', id, number FROM actions WHERE number IS NOT NULL) n;

UPDATE recommendations SET number_key =
	(SELECT key FROM natural_keys k WHERE k.tbl = 'recommendations' AND k.id = recommendations.id);

CREATE TRIGGER recommendations_key_ai AFTER INSERT ON recommendations BEGIN
	UPDATE recommendations SET number_key = (SELECT key FROM natural_keys
	    WHERE tbl = 'recommendations' AND id = NEW.id) WHERE id = NEW.id;
END;
CREATE TRIGGER recommendations_key_au AFTER UPDATE OF number ON recommendations BEGIN
	UPDATE recommendations SET number_key = (SELECT key FROM natural_keys
	    WHERE tbl = 'recommendations' AND id = NEW.id) WHERE id = NEW.id;
END;
CREATE TRIGGER actions_key_ai AFTER INSERT ON actions WHEN NEW.number IS NOT NULL BEGIN
	UPDATE actions SET number_key = (SELECT key FROM natural_keys
	    WHERE tbl = 'actions' AND id = NEW.id) WHERE id = NEW.id;
END;
CREATE TRIGGER actions_key_au AFTER UPDATE OF number ON actions BEGIN
	UPDATE actions SET number_key = (SELECT key FROM natural_keys
	    WHERE tbl = 'actions' AND id = NEW.id) WHERE id = NEW.id;
END;

-- History, as in 0001, with the new columns; number_key is derived and
-- left out (an update of it alone records nothing).
-- committees
CREATE TRIGGER committees_ai AFTER INSERT ON committees BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'committees', NEW.id, 'insert', json_object('slug', NEW.slug, 'name', NEW.name, 'kind', NEW.kind,
	'chair', NEW.chair, 'officer', NEW.officer, 'addressee', NEW.addressee,
	'response_period', NEW.response_period));
END;
CREATE TRIGGER committees_au AFTER UPDATE ON committees BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'committees', NEW.id, 'update', json_object('slug', OLD.slug, 'name', OLD.name, 'kind', OLD.kind,
	'chair', OLD.chair, 'officer', OLD.officer, 'addressee', OLD.addressee,
	'response_period', OLD.response_period),
	json_object('slug', NEW.slug, 'name', NEW.name, 'kind', NEW.kind,
	'chair', NEW.chair, 'officer', NEW.officer, 'addressee', NEW.addressee,
	'response_period', NEW.response_period));
END;
CREATE TRIGGER committees_ad AFTER DELETE ON committees BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'committees', OLD.id, 'delete', json_object('slug', OLD.slug, 'name', OLD.name, 'kind', OLD.kind,
	'chair', OLD.chair, 'officer', OLD.officer, 'addressee', OLD.addressee,
	'response_period', OLD.response_period));
END;

-- meetings
CREATE TRIGGER meetings_ai AFTER INSERT ON meetings BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'meetings', NEW.id, 'insert', json_object('committee_id', NEW.committee_id, 'date', NEW.date,
	'title', NEW.title));
END;
CREATE TRIGGER meetings_au AFTER UPDATE ON meetings BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'meetings', NEW.id, 'update', json_object('committee_id', OLD.committee_id, 'date', OLD.date,
	'title', OLD.title),
	json_object('committee_id', NEW.committee_id, 'date', NEW.date,
	'title', NEW.title));
END;
CREATE TRIGGER meetings_ad AFTER DELETE ON meetings BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'meetings', OLD.id, 'delete', json_object('committee_id', OLD.committee_id, 'date', OLD.date,
	'title', OLD.title));
END;

-- items
CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'items', NEW.id, 'insert', json_object('meeting_id', NEW.meeting_id, 'title', NEW.title,
	'agenda_number', NEW.agenda_number));
END;
CREATE TRIGGER items_au AFTER UPDATE ON items BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'items', NEW.id, 'update', json_object('meeting_id', OLD.meeting_id, 'title', OLD.title,
	'agenda_number', OLD.agenda_number),
	json_object('meeting_id', NEW.meeting_id, 'title', NEW.title,
	'agenda_number', NEW.agenda_number));
END;
CREATE TRIGGER items_ad AFTER DELETE ON items BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'items', OLD.id, 'delete', json_object('meeting_id', OLD.meeting_id, 'title', OLD.title,
	'agenda_number', OLD.agenda_number));
END;

-- recommendations
CREATE TRIGGER recommendations_ai AFTER INSERT ON recommendations BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'recommendations', NEW.id, 'insert', json_object('item_id', NEW.item_id, 'parent_id', NEW.parent_id,
	'number', NEW.number, 'title', NEW.title, 'text', NEW.text,
	'received', NEW.received, 'response_due', NEW.response_due,
	'response_expected', NEW.response_expected, 'update_due', NEW.update_due,
	'update_due_text', NEW.update_due_text, 'target_text', NEW.target_text,
	'target_date', NEW.target_date, 'theme', NEW.theme));
END;
CREATE TRIGGER recommendations_au AFTER UPDATE OF item_id, parent_id, number, title, text, received, response_due, response_expected, update_due, update_due_text, target_text, target_date, theme ON recommendations BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'recommendations', NEW.id, 'update', json_object('item_id', OLD.item_id, 'parent_id', OLD.parent_id,
	'number', OLD.number, 'title', OLD.title, 'text', OLD.text,
	'received', OLD.received, 'response_due', OLD.response_due,
	'response_expected', OLD.response_expected, 'update_due', OLD.update_due,
	'update_due_text', OLD.update_due_text, 'target_text', OLD.target_text,
	'target_date', OLD.target_date, 'theme', OLD.theme),
	json_object('item_id', NEW.item_id, 'parent_id', NEW.parent_id,
	'number', NEW.number, 'title', NEW.title, 'text', NEW.text,
	'received', NEW.received, 'response_due', NEW.response_due,
	'response_expected', NEW.response_expected, 'update_due', NEW.update_due,
	'update_due_text', NEW.update_due_text, 'target_text', NEW.target_text,
	'target_date', NEW.target_date, 'theme', NEW.theme));
END;
CREATE TRIGGER recommendations_ad AFTER DELETE ON recommendations BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'recommendations', OLD.id, 'delete', json_object('item_id', OLD.item_id, 'parent_id', OLD.parent_id,
	'number', OLD.number, 'title', OLD.title, 'text', OLD.text,
	'received', OLD.received, 'response_due', OLD.response_due,
	'response_expected', OLD.response_expected, 'update_due', OLD.update_due,
	'update_due_text', OLD.update_due_text, 'target_text', OLD.target_text,
	'target_date', OLD.target_date, 'theme', OLD.theme));
END;

-- actions
CREATE TRIGGER actions_ai AFTER INSERT ON actions BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'actions', NEW.id, 'insert', json_object('item_id', NEW.item_id,
	'recommendation_id', NEW.recommendation_id, 'number', NEW.number,
	'text', NEW.text, 'due_text', NEW.due_text, 'due_date', NEW.due_date));
END;
CREATE TRIGGER actions_au AFTER UPDATE OF item_id, recommendation_id, number, text, due_text, due_date ON actions BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'actions', NEW.id, 'update', json_object('item_id', OLD.item_id,
	'recommendation_id', OLD.recommendation_id, 'number', OLD.number,
	'text', OLD.text, 'due_text', OLD.due_text, 'due_date', OLD.due_date),
	json_object('item_id', NEW.item_id,
	'recommendation_id', NEW.recommendation_id, 'number', NEW.number,
	'text', NEW.text, 'due_text', NEW.due_text, 'due_date', NEW.due_date));
END;
CREATE TRIGGER actions_ad AFTER DELETE ON actions BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'actions', OLD.id, 'delete', json_object('item_id', OLD.item_id,
	'recommendation_id', OLD.recommendation_id, 'number', OLD.number,
	'text', OLD.text, 'due_text', OLD.due_text, 'due_date', OLD.due_date));
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
	'responses', NEW.id, 'insert', json_object('recommendation_id', NEW.recommendation_id, 'date', NEW.date,
	'decision', NEW.decision, 'text', NEW.text));
END;
CREATE TRIGGER responses_au AFTER UPDATE ON responses BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'responses', NEW.id, 'update', json_object('recommendation_id', OLD.recommendation_id, 'date', OLD.date,
	'decision', OLD.decision, 'text', OLD.text),
	json_object('recommendation_id', NEW.recommendation_id, 'date', NEW.date,
	'decision', NEW.decision, 'text', NEW.text));
END;
CREATE TRIGGER responses_ad AFTER DELETE ON responses BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'responses', OLD.id, 'delete', json_object('recommendation_id', OLD.recommendation_id, 'date', OLD.date,
	'decision', OLD.decision, 'text', OLD.text));
END;

-- updates
CREATE TRIGGER updates_ai AFTER INSERT ON updates BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'updates', NEW.id, 'insert', json_object('recommendation_id', NEW.recommendation_id,
	'action_id', NEW.action_id, 'date', NEW.date, 'status', NEW.status,
	'text', NEW.text, 'due', NEW.due, 'due_text', NEW.due_text,
	'rag', NEW.rag, 'percent', NEW.percent));
END;
CREATE TRIGGER updates_au AFTER UPDATE ON updates BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'updates', NEW.id, 'update', json_object('recommendation_id', OLD.recommendation_id,
	'action_id', OLD.action_id, 'date', OLD.date, 'status', OLD.status,
	'text', OLD.text, 'due', OLD.due, 'due_text', OLD.due_text,
	'rag', OLD.rag, 'percent', OLD.percent),
	json_object('recommendation_id', NEW.recommendation_id,
	'action_id', NEW.action_id, 'date', NEW.date, 'status', NEW.status,
	'text', NEW.text, 'due', NEW.due, 'due_text', NEW.due_text,
	'rag', NEW.rag, 'percent', NEW.percent));
END;
CREATE TRIGGER updates_ad AFTER DELETE ON updates BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'updates', OLD.id, 'delete', json_object('recommendation_id', OLD.recommendation_id,
	'action_id', OLD.action_id, 'date', OLD.date, 'status', OLD.status,
	'text', OLD.text, 'due', OLD.due, 'due_text', OLD.due_text,
	'rag', OLD.rag, 'percent', OLD.percent));
END;

-- reports
CREATE TRIGGER reports_ai AFTER INSERT ON reports BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'reports', NEW.id, 'insert', json_object('meeting_id', NEW.meeting_id, 'response_id', NEW.response_id,
	'update_id', NEW.update_id));
END;
CREATE TRIGGER reports_au AFTER UPDATE ON reports BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'reports', NEW.id, 'update', json_object('meeting_id', OLD.meeting_id, 'response_id', OLD.response_id,
	'update_id', OLD.update_id),
	json_object('meeting_id', NEW.meeting_id, 'response_id', NEW.response_id,
	'update_id', NEW.update_id));
END;
CREATE TRIGGER reports_ad AFTER DELETE ON reports BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'reports', OLD.id, 'delete', json_object('meeting_id', OLD.meeting_id, 'response_id', OLD.response_id,
	'update_id', OLD.update_id));
END;

-- revisions
CREATE TRIGGER revisions_ai AFTER INSERT ON revisions BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'revisions', NEW.id, 'insert', json_object('recommendation_id', NEW.recommendation_id,
	'action_id', NEW.action_id, 'date', NEW.date, 'old_text', NEW.old_text,
	'old_date', NEW.old_date, 'new_text', NEW.new_text,
	'new_date', NEW.new_date, 'reason', NEW.reason));
END;
CREATE TRIGGER revisions_au AFTER UPDATE ON revisions BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'revisions', NEW.id, 'update', json_object('recommendation_id', OLD.recommendation_id,
	'action_id', OLD.action_id, 'date', OLD.date, 'old_text', OLD.old_text,
	'old_date', OLD.old_date, 'new_text', OLD.new_text,
	'new_date', OLD.new_date, 'reason', OLD.reason),
	json_object('recommendation_id', NEW.recommendation_id,
	'action_id', NEW.action_id, 'date', NEW.date, 'old_text', NEW.old_text,
	'old_date', NEW.old_date, 'new_text', NEW.new_text,
	'new_date', NEW.new_date, 'reason', NEW.reason));
END;
CREATE TRIGGER revisions_ad AFTER DELETE ON revisions BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'revisions', OLD.id, 'delete', json_object('recommendation_id', OLD.recommendation_id,
	'action_id', OLD.action_id, 'date', OLD.date, 'old_text', OLD.old_text,
	'old_date', OLD.old_date, 'new_text', OLD.new_text,
	'new_date', OLD.new_date, 'reason', OLD.reason));
END;

-- vocabulary
CREATE TRIGGER vocabulary_ai AFTER INSERT ON vocabulary BEGIN
	INSERT INTO history(user, tbl, row_id, op, new) VALUES ((SELECT user FROM actor),
	'vocabulary', NEW.id, 'insert', json_object('kind', NEW.kind, 'word', NEW.word, 'means', NEW.means,
	'label', NEW.label));
END;
CREATE TRIGGER vocabulary_au AFTER UPDATE ON vocabulary BEGIN
	INSERT INTO history(user, tbl, row_id, op, old, new) VALUES ((SELECT user FROM actor),
	'vocabulary', NEW.id, 'update', json_object('kind', OLD.kind, 'word', OLD.word, 'means', OLD.means,
	'label', OLD.label),
	json_object('kind', NEW.kind, 'word', NEW.word, 'means', NEW.means,
	'label', NEW.label));
END;
CREATE TRIGGER vocabulary_ad AFTER DELETE ON vocabulary BEGIN
	INSERT INTO history(user, tbl, row_id, op, old) VALUES ((SELECT user FROM actor),
	'vocabulary', OLD.id, 'delete', json_object('kind', OLD.kind, 'word', OLD.word, 'means', OLD.means,
	'label', OLD.label));
END;

-- search_index (0001) stays; its triggers went with their tables.
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

-- Derived state, defined once (see 0001 for how --as-of shadows as_of).
-- The views are made in dependency order: rectrack copies them in that
-- order (src/db.c, rt_db_as_of).
CREATE VIEW as_of AS SELECT date('now', 'localtime') AS date;

-- recommendation_base: every recommendation as it stood on the as_of date,
-- with its own state (rules 1-3 of the contract, and the roll-up of its
-- actions), before the roll-up of its sub-recommendations.
--
-- Recommendations from meetings after the date do not exist yet;
-- responses, updates and revisions dated after it are ignored.  The
-- current response and the latest update are the last by date, ties broken
-- by the last entered; a sub-recommendation with no response of its own
-- takes its parent's.  With no response: awaiting-response, unless none is
-- expected (the committee's period is "none", or the recommendation says
-- so), when the updates decide as for an accepted one.  Rejected, noted:
-- that word.  Otherwise the latest update: none or pending: update-pending
-- (but a recommendation with actions and no update of its own is complete
-- when every action is closed, in-progress when any has an update),
-- in-item: update-in-item, else the status.  Closed: complete,
-- not-implemented, superseded, rejected, noted.  Overdue: awaiting a
-- response past response_due; update-pending, in-progress or delayed past
-- update_due; or open (and not paused) past its target.
CREATE VIEW recommendation_base AS
SELECT *,
       state IN ('complete', 'not-implemented', 'superseded', 'rejected', 'noted') AS closed,
       CASE
       WHEN state IN ('complete', 'not-implemented', 'superseded', 'rejected', 'noted', 'paused')
       THEN 0
       ELSE coalesce(state = 'awaiting-response' AND response_due < as_of, 0)
         OR coalesce(state IN ('update-pending', 'in-progress', 'delayed') AND update_due < as_of, 0)
         OR coalesce(target_date < as_of, 0)
       END AS overdue
FROM (
	SELECT *,
	       CASE
	       WHEN response_id IS NULL AND response_expected THEN 'awaiting-response'
	       WHEN decision IN ('rejected', 'noted') THEN decision
	       WHEN last_update_id IS NULL AND actions > 0 THEN
	            CASE WHEN actions_closed = actions THEN 'complete'
	                 WHEN actions_updated > 0 THEN 'in-progress'
	                 ELSE 'update-pending' END
	       WHEN last_update_status IS NULL OR last_update_status = 'pending' THEN 'update-pending'
	       WHEN last_update_status = 'in-item' THEN 'update-in-item'
	       ELSE last_update_status
	       END AS state
	FROM (
		SELECT r.id AS id, c.slug AS committee, m.date AS meeting_date,
		       i.title AS item, r.number AS number, r.text AS recommendation,
		       (SELECT group_concat(name, '; ') FROM (SELECT name FROM leads
		         WHERE leads.recommendation_id = r.id ORDER BY position)) AS leads,
		       resp.decision AS decision, resp.date AS response_date,
		       upd.date AS last_update_date, upd.text AS last_update,
		       coalesce((SELECT u.due FROM updates u
		                 WHERE u.recommendation_id = r.id AND u.date <= a.date
		                   AND u.due IS NOT NULL
		                 ORDER BY u.date DESC, u.id DESC LIMIT 1),
		                r.update_due) AS update_due,
		       r.title AS title, r.response_due AS response_due,
		       upd.status AS last_update_status, resp.text AS response_text,
		       c.id AS committee_id, m.id AS meeting_id, i.id AS item_id,
		       resp.id AS response_id, upd.id AS last_update_id,
		       (SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
		        WHERE rp.response_id = resp.id AND rm.date <= a.date) AS response_reported_on,
		       (SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
		        WHERE rp.update_id = upd.id AND rm.date <= a.date) AS update_reported_on,
		       a.date AS as_of,
		       r.parent_id AS parent_id,
		       coalesce(r.received, m.date) AS received,
		       coalesce(r.response_expected, c.response_period <> 'none') AS response_expected,
		       CASE WHEN EXISTS (SELECT 1 FROM revisions v
		                         WHERE v.recommendation_id = r.id AND v.date > a.date)
		       THEN (SELECT v.old_text FROM revisions v
		             WHERE v.recommendation_id = r.id AND v.date > a.date
		             ORDER BY v.date, v.id LIMIT 1)
		       ELSE r.target_text END AS target_text,
		       CASE WHEN EXISTS (SELECT 1 FROM revisions v
		                         WHERE v.recommendation_id = r.id AND v.date > a.date)
		       THEN (SELECT v.old_date FROM revisions v
		             WHERE v.recommendation_id = r.id AND v.date > a.date
		             ORDER BY v.date, v.id LIMIT 1)
		       ELSE r.target_date END AS target_date,
		       r.theme AS theme,
		       CASE WHEN r.parent_id IS NULL THEN r.number_key
		       ELSE (SELECT p.number_key FROM recommendations p WHERE p.id = r.parent_id)
		            || char(1) || r.number_key END AS number_key,
		       upd.rag AS last_update_rag, upd.percent AS last_update_percent,
		       c.addressee AS addressee,
		       EXISTS (SELECT 1 FROM recommendations x WHERE x.parent_id = r.id) AS has_children,
		       (SELECT count(*) FROM actions ac WHERE ac.recommendation_id = r.id) AS actions,
		       (SELECT count(*) FROM actions ac WHERE ac.recommendation_id = r.id
		          AND (SELECT u.status FROM updates u WHERE u.action_id = ac.id AND u.date <= a.date
		               ORDER BY u.date DESC, u.id DESC LIMIT 1)
		              IN ('complete', 'not-implemented', 'superseded')) AS actions_closed,
		       (SELECT count(*) FROM actions ac WHERE ac.recommendation_id = r.id
		          AND EXISTS (SELECT 1 FROM updates u
		                      WHERE u.action_id = ac.id AND u.date <= a.date)) AS actions_updated
		-- CROSS JOIN fixes the order: from the committee down through the
		-- indexes, so a query for one committee never scans every
		-- recommendation (whatever the planner would guess without
		-- statistics).
		FROM as_of a
		CROSS JOIN committees c
		CROSS JOIN meetings m ON m.committee_id = c.id AND m.date <= a.date
		CROSS JOIN items i ON i.meeting_id = m.id
		CROSS JOIN recommendations r ON r.item_id = i.id
		LEFT JOIN responses resp ON resp.id = coalesce(
		      (SELECT x.id FROM responses x
		       WHERE x.recommendation_id = r.id AND x.date <= a.date
		       ORDER BY x.date DESC, x.id DESC LIMIT 1),
		      (SELECT x.id FROM responses x
		       WHERE x.recommendation_id = r.parent_id AND x.date <= a.date
		       ORDER BY x.date DESC, x.id DESC LIMIT 1))
		LEFT JOIN updates upd ON upd.id =
		      (SELECT u.id FROM updates u
		       WHERE u.recommendation_id = r.id AND u.date <= a.date
		       ORDER BY u.date DESC, u.id DESC LIMIT 1)
	)
);

-- recommendation_state: recommendation_base with the roll-up of
-- sub-recommendations (rule 4 of the contract).  A recommendation with
-- children is closed when every child is (complete if any child is
-- complete, else the first child's word); while any is open it takes the
-- state of the most urgent open child: overdue first, then
-- awaiting-response, delayed, update-pending, paused, in-progress,
-- update-in-item (ties: natural order), and is overdue when an open child
-- is, or its own target has passed.  progress (0-100) is the share of
-- children closed, else of actions closed, else the latest update's
-- percent.  The first columns are the v1 columns, in their order.
CREATE VIEW recommendation_state AS
SELECT id, committee, meeting_date, item, number, recommendation, leads,
       decision, response_date, state, last_update_date, last_update,
       update_due, title, response_due, last_update_status, response_text,
       committee_id, meeting_id, item_id, response_id, last_update_id,
       response_reported_on,
       CASE
       WHEN state IN ('complete', 'not-implemented', 'superseded') THEN update_reported_on
       WHEN state IN ('rejected', 'noted') THEN response_reported_on
       END AS closing_reported_on,
       closed, overdue, as_of,
       parent_id, received, response_expected, target_text, target_date, theme,
       number_key, progress, last_update_rag, last_update_percent, addressee, children
FROM (
	SELECT b.id, b.committee, b.meeting_date, b.item, b.number, b.recommendation, b.leads,
	       b.decision, b.response_date,
	       CASE
	       WHEN NOT b.has_children THEN b.state
	       WHEN b.children_open = 0 THEN
	            (SELECT u.state FROM recommendation_base u
	             WHERE u.committee_id = b.committee_id AND u.meeting_id = b.meeting_id
	               AND u.item_id = b.item_id AND u.parent_id = b.id
	             ORDER BY u.state <> 'complete', u.number_key, u.id LIMIT 1)
	       ELSE
	            (SELECT u.state FROM recommendation_base u
	             WHERE u.committee_id = b.committee_id AND u.meeting_id = b.meeting_id
	               AND u.item_id = b.item_id AND u.parent_id = b.id AND NOT u.closed
	             ORDER BY CASE WHEN u.overdue THEN 0 ELSE CASE u.state
	                      WHEN 'awaiting-response' THEN 1 WHEN 'delayed' THEN 2
	                      WHEN 'update-pending' THEN 3 WHEN 'paused' THEN 4
	                      WHEN 'in-progress' THEN 5 ELSE 6 END END,
	                      u.number_key, u.id
	             LIMIT 1)
	       END AS state,
	       b.last_update_date, b.last_update, b.update_due, b.title, b.response_due,
	       b.last_update_status, b.response_text, b.committee_id, b.meeting_id, b.item_id,
	       b.response_id, b.last_update_id, b.response_reported_on, b.update_reported_on,
	       CASE WHEN b.has_children THEN b.children_open = 0 ELSE b.closed END AS closed,
	       CASE
	       WHEN NOT b.has_children THEN b.overdue
	       WHEN b.children_open = 0 THEN 0
	       ELSE b.children_overdue OR coalesce(b.target_date < b.as_of, 0) END AS overdue,
	       b.as_of, b.parent_id, b.received, b.response_expected, b.target_text,
	       b.target_date, b.theme, b.number_key,
	       CASE
	       WHEN b.has_children THEN
	            CAST(round(100.0 * (b.children - b.children_open) / b.children) AS INTEGER)
	       WHEN b.actions > 0 THEN CAST(round(100.0 * b.actions_closed / b.actions) AS INTEGER)
	       ELSE b.last_update_percent END AS progress,
	       b.last_update_rag, b.last_update_percent, b.addressee,
	       coalesce(b.children, 0) AS children
	FROM (
		SELECT b.*,
		       CASE WHEN b.has_children THEN
		            (SELECT count(*) FROM recommendation_base u
		             WHERE u.committee_id = b.committee_id AND u.meeting_id = b.meeting_id
		               AND u.item_id = b.item_id AND u.parent_id = b.id) END AS children,
		       CASE WHEN b.has_children THEN
		            (SELECT count(*) FROM recommendation_base u
		             WHERE u.committee_id = b.committee_id AND u.meeting_id = b.meeting_id
		               AND u.item_id = b.item_id AND u.parent_id = b.id AND NOT u.closed)
		            END AS children_open,
		       CASE WHEN b.has_children THEN
		            EXISTS (SELECT 1 FROM recommendation_base u
		             WHERE u.committee_id = b.committee_id AND u.meeting_id = b.meeting_id
		               AND u.item_id = b.item_id AND u.parent_id = b.id AND NOT u.closed
		               AND u.overdue) END AS children_overdue
		FROM recommendation_base b
	) b
);

-- action_state: every action as it stood on the as_of date, with its
-- latest update (none: pending) and its due date as of then (revisions
-- dated after it are ignored).  Closed: complete, not-implemented,
-- superseded.  Overdue: due before the as_of date, not closed and not
-- paused (paused is never overdue).
-- rec_number is the number of the recommendation it serves (rec_number_key
-- its sort key).
CREATE VIEW action_state AS
SELECT id, committee, meeting_date, item, recommendation_id, action, leads,
       due_text, due_date, status, last_update_date, last_update,
       committee_id, meeting_id, item_id, last_update_id,
       CASE WHEN closed THEN update_reported_on END AS closing_reported_on,
       closed,
       (due_date IS NOT NULL AND due_date < as_of AND NOT closed
        AND status <> 'paused') AS overdue,
       as_of, number, number_key, rec_number, rec_number_key, last_update_rag,
       last_update_percent
FROM (
	SELECT *, status IN ('complete', 'not-implemented', 'superseded') AS closed
	FROM (
		SELECT ac.id AS id, c.slug AS committee, m.date AS meeting_date,
		       i.title AS item, ac.recommendation_id AS recommendation_id,
		       ac.text AS action,
		       (SELECT group_concat(name, '; ') FROM (SELECT name FROM leads
		         WHERE leads.action_id = ac.id ORDER BY position)) AS leads,
		       CASE WHEN EXISTS (SELECT 1 FROM revisions v
		                         WHERE v.action_id = ac.id AND v.date > a.date)
		       THEN (SELECT v.old_text FROM revisions v
		             WHERE v.action_id = ac.id AND v.date > a.date
		             ORDER BY v.date, v.id LIMIT 1)
		       ELSE ac.due_text END AS due_text,
		       CASE WHEN EXISTS (SELECT 1 FROM revisions v
		                         WHERE v.action_id = ac.id AND v.date > a.date)
		       THEN (SELECT v.old_date FROM revisions v
		             WHERE v.action_id = ac.id AND v.date > a.date
		             ORDER BY v.date, v.id LIMIT 1)
		       ELSE ac.due_date END AS due_date,
		       coalesce(upd.status, 'pending') AS status,
		       upd.date AS last_update_date, upd.text AS last_update,
		       c.id AS committee_id, m.id AS meeting_id, i.id AS item_id,
		       upd.id AS last_update_id,
		       (SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
		        WHERE rp.update_id = upd.id AND rm.date <= a.date) AS update_reported_on,
		       a.date AS as_of,
		       ac.number AS number, ac.number_key AS number_key,
		       (SELECT r.number FROM recommendations r
		        WHERE r.id = ac.recommendation_id) AS rec_number,
		       (SELECT r.number_key FROM recommendations r
		        WHERE r.id = ac.recommendation_id) AS rec_number_key,
		       upd.rag AS last_update_rag, upd.percent AS last_update_percent
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
	)
);
