-- 0003_kept_state.sql: schema version 3, the state kept instead of derived
-- per row.  Three tables hold what the state views used to look up with
-- correlated subqueries for every recommendation and action; triggers
-- rewrite a recommendation's or an action's row in the same statement as
-- any write to the rows it summarises, whichever program writes them.
--
-- The kept facts are "as of the end of time": the latest response and
-- update whatever their date, the target after every revision, the report
-- of the current response and update.  Each row keeps its horizon: the
-- latest date among the rows that decide it (its responses and its
-- parent's, its updates, its actions' updates, its revisions, the meetings
-- that reported its current response and update).  As of a date D the
-- views read the kept row when its horizon is NULL or on or before D (no
-- row dated after D exists, so what is latest ignoring dates is latest as
-- of D), and derive the row as before otherwise: a past --as-of, or a
-- response or update dated in the future.  Whether a row is overdue, and
-- whether its meeting had happened by D, is computed from the kept dates
-- as of D.  Both paths give the same answer (tests/kept/), and `check`
-- recomputes every kept row and reports any that differ.

DROP VIEW recommendation_state;
DROP VIEW action_state;
DROP VIEW recommendation_base;

-- kept_recommendations: one row a recommendation.  state, closed and
-- overdue_from (the earliest as-of date on which it is overdue: a date
-- later than this one) are its own state before any roll-up, the inputs of
-- its parent's roll-up.  number_key is the full sort key (the parent's key,
-- char(1), its own).
CREATE TABLE kept_recommendations (
	id                   INTEGER PRIMARY KEY,
	parent_id            INTEGER,
	item_id              INTEGER,
	horizon              TEXT,
	leads                TEXT,
	response_id          INTEGER,
	decision             TEXT,
	response_date        TEXT,
	last_update_id       INTEGER,
	last_update_date     TEXT,
	last_update_status   TEXT,
	last_update_rag      TEXT,
	last_update_percent  INTEGER,
	update_due           TEXT,
	response_reported_on TEXT,
	update_reported_on   TEXT,
	target_text          TEXT,
	target_date          TEXT,
	number_key           TEXT,
	has_children         INTEGER,
	actions              INTEGER,
	actions_closed       INTEGER,
	actions_updated      INTEGER,
	state                TEXT,
	closed               INTEGER,
	overdue_from         TEXT
) STRICT;
CREATE INDEX kept_recommendations_parent ON kept_recommendations(parent_id, item_id)
	WHERE parent_id IS NOT NULL;

-- kept_rollups: the roll-up of a recommendation's sub-recommendations (its
-- children in its item): how many, how many open, the earliest
-- overdue_from of an open one, the state it takes when all are closed and
-- when none open is overdue; horizon is the latest of theirs.
CREATE TABLE kept_rollups (
	id            INTEGER PRIMARY KEY,
	horizon       TEXT,
	children      INTEGER,
	children_open INTEGER,
	overdue_from  TEXT,
	closed_state  TEXT,
	open_state    TEXT
) STRICT;

-- kept_actions: one row an action.
CREATE TABLE kept_actions (
	id                 INTEGER PRIMARY KEY,
	horizon            TEXT,
	leads              TEXT,
	due_text           TEXT,
	due_date           TEXT,
	last_update_id     INTEGER,
	status             TEXT,
	last_update_date   TEXT,
	last_update_rag    TEXT,
	last_update_percent INTEGER,
	update_reported_on TEXT,
	rec_number         TEXT,
	rec_number_key     TEXT
) STRICT;

-- What the kept rows should hold, derived from the rows themselves: the
-- triggers write these, `check` compares with them.  The rules are those
-- of recommendation_base below, with no date left out.
CREATE VIEW kept_recommendation_facts AS
SELECT id, parent_id, item_id, horizon, leads, response_id, decision, response_date,
       last_update_id, last_update_date, last_update_status, last_update_rag,
       last_update_percent, update_due,
       response_reported_on, update_reported_on, target_text, target_date, number_key,
       has_children, actions, actions_closed, actions_updated, state,
       state IN ('complete', 'not-implemented', 'superseded', 'rejected', 'noted') AS closed,
       CASE WHEN state IN ('complete', 'not-implemented', 'superseded', 'rejected', 'noted',
                           'paused') THEN NULL
       ELSE (SELECT min(x) FROM (
             SELECT CASE WHEN state = 'awaiting-response' THEN response_due END AS x
             UNION ALL
             SELECT CASE WHEN state IN ('update-pending', 'in-progress', 'delayed')
                         THEN update_due END
             UNION ALL
             SELECT target_date)) END AS overdue_from
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
		SELECT r.id AS id, r.parent_id AS parent_id, r.item_id AS item_id,
		       (SELECT max(d) FROM (
		         SELECT max(x.date) AS d FROM responses x WHERE x.recommendation_id = r.id
		         UNION ALL
		         SELECT max(x.date) FROM responses x WHERE x.recommendation_id = r.parent_id
		         UNION ALL
		         SELECT max(u.date) FROM updates u WHERE u.recommendation_id = r.id
		         UNION ALL
		         SELECT max(v.date) FROM revisions v WHERE v.recommendation_id = r.id
		         UNION ALL
		         SELECT max(u.date) FROM actions ac JOIN updates u ON u.action_id = ac.id
		         WHERE ac.recommendation_id = r.id
		         UNION ALL
		         SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
		         WHERE rp.response_id = resp.id
		         UNION ALL
		         SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
		         WHERE rp.update_id = upd.id)) AS horizon,
		       (SELECT group_concat(name, '; ') FROM (SELECT name FROM leads
		         WHERE leads.recommendation_id = r.id ORDER BY position)) AS leads,
		       resp.id AS response_id, resp.decision AS decision, resp.date AS response_date,
		       upd.id AS last_update_id, upd.date AS last_update_date,
		       upd.status AS last_update_status, upd.rag AS last_update_rag,
		       upd.percent AS last_update_percent,
		       coalesce((SELECT u.due FROM updates u
		                 WHERE u.recommendation_id = r.id AND u.due IS NOT NULL
		                 ORDER BY u.date DESC, u.id DESC LIMIT 1),
		                r.update_due) AS update_due,
		       r.response_due AS response_due,
		       (SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
		        WHERE rp.response_id = resp.id) AS response_reported_on,
		       (SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
		        WHERE rp.update_id = upd.id) AS update_reported_on,
		       coalesce(r.response_expected, c.response_period <> 'none') AS response_expected,
		       r.target_text AS target_text, r.target_date AS target_date,
		       CASE WHEN r.parent_id IS NULL THEN r.number_key
		       ELSE (SELECT p.number_key FROM recommendations p WHERE p.id = r.parent_id)
		            || char(1) || r.number_key END AS number_key,
		       EXISTS (SELECT 1 FROM recommendations x WHERE x.parent_id = r.id) AS has_children,
		       (SELECT count(*) FROM actions ac WHERE ac.recommendation_id = r.id) AS actions,
		       (SELECT count(*) FROM actions ac WHERE ac.recommendation_id = r.id
		          AND (SELECT u.status FROM updates u WHERE u.action_id = ac.id
		               ORDER BY u.date DESC, u.id DESC LIMIT 1)
		              IN ('complete', 'not-implemented', 'superseded')) AS actions_closed,
		       (SELECT count(*) FROM actions ac WHERE ac.recommendation_id = r.id
		          AND EXISTS (SELECT 1 FROM updates u WHERE u.action_id = ac.id))
		         AS actions_updated
		FROM recommendations r
		LEFT JOIN items i ON i.id = r.item_id
		LEFT JOIN meetings m ON m.id = i.meeting_id
		LEFT JOIN committees c ON c.id = m.committee_id
		LEFT JOIN responses resp ON resp.id = coalesce(
		      (SELECT x.id FROM responses x WHERE x.recommendation_id = r.id
		       ORDER BY x.date DESC, x.id DESC LIMIT 1),
		      (SELECT x.id FROM responses x WHERE x.recommendation_id = r.parent_id
		       ORDER BY x.date DESC, x.id DESC LIMIT 1))
		LEFT JOIN updates upd ON upd.id =
		      (SELECT u.id FROM updates u WHERE u.recommendation_id = r.id
		       ORDER BY u.date DESC, u.id DESC LIMIT 1)
	)
);

CREATE VIEW kept_rollup_facts AS
SELECT p.id AS id,
       (SELECT max(u.horizon) FROM kept_recommendations u
        WHERE u.parent_id = p.id AND u.item_id = p.item_id) AS horizon,
       (SELECT count(*) FROM kept_recommendations u
        WHERE u.parent_id = p.id AND u.item_id = p.item_id) AS children,
       (SELECT count(*) FROM kept_recommendations u
        WHERE u.parent_id = p.id AND u.item_id = p.item_id AND NOT u.closed) AS children_open,
       (SELECT min(u.overdue_from) FROM kept_recommendations u
        WHERE u.parent_id = p.id AND u.item_id = p.item_id AND NOT u.closed) AS overdue_from,
       (SELECT u.state FROM kept_recommendations u
        WHERE u.parent_id = p.id AND u.item_id = p.item_id
        ORDER BY u.state <> 'complete', u.number_key, u.id LIMIT 1) AS closed_state,
       (SELECT u.state FROM kept_recommendations u
        WHERE u.parent_id = p.id AND u.item_id = p.item_id AND NOT u.closed
        ORDER BY CASE u.state
                 WHEN 'awaiting-response' THEN 1 WHEN 'delayed' THEN 2
                 WHEN 'update-pending' THEN 3 WHEN 'paused' THEN 4
                 WHEN 'in-progress' THEN 5 ELSE 6 END,
                 u.number_key, u.id
        LIMIT 1) AS open_state
FROM kept_recommendations p
WHERE p.has_children;

CREATE VIEW kept_action_facts AS
SELECT ac.id AS id,
       (SELECT max(d) FROM (
         SELECT max(u.date) AS d FROM updates u WHERE u.action_id = ac.id
         UNION ALL
         SELECT max(v.date) FROM revisions v WHERE v.action_id = ac.id
         UNION ALL
         SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
         WHERE rp.update_id = upd.id)) AS horizon,
       (SELECT group_concat(name, '; ') FROM (SELECT name FROM leads
         WHERE leads.action_id = ac.id ORDER BY position)) AS leads,
       ac.due_text AS due_text, ac.due_date AS due_date,
       upd.id AS last_update_id, coalesce(upd.status, 'pending') AS status,
       upd.date AS last_update_date, upd.rag AS last_update_rag,
       upd.percent AS last_update_percent,
       (SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
        WHERE rp.update_id = upd.id) AS update_reported_on,
       (SELECT r.number FROM recommendations r WHERE r.id = ac.recommendation_id) AS rec_number,
       (SELECT r.number_key FROM recommendations r
        WHERE r.id = ac.recommendation_id) AS rec_number_key
FROM actions ac
LEFT JOIN updates upd ON upd.id =
      (SELECT u.id FROM updates u WHERE u.action_id = ac.id
       ORDER BY u.date DESC, u.id DESC LIMIT 1);

INSERT INTO kept_recommendations SELECT * FROM kept_recommendation_facts;
INSERT INTO kept_rollups SELECT * FROM kept_rollup_facts;
INSERT INTO kept_actions SELECT * FROM kept_action_facts;

-- Rewriting the kept rows: an insert into kept_refresh_recommendations
-- rewrites that recommendation's row (or removes it), its children's
-- (they take its response and its number), then its own roll-up and its
-- parent's; one into kept_refresh_actions rewrites that action's.  A row
-- still kept as its child that no longer is (moved or deleted) is removed:
-- the trigger that moved or deleted it refreshes it too, in whatever
-- order, so the roll-up never counts a stale row.  Rows are deleted and
-- inserted, never replaced: a trigger's statements take the conflict
-- policy of the statement that fired it (UPDATE OR IGNORE would make an
-- INSERT OR REPLACE here keep the old row).  The recommendation's row and
-- its children's are written by one statement, so that the facts view is
-- in the trigger's program once: with it twice, each firing cost twice as
-- much (the 50,000-recommendation benchmark's actions and reports loaded
-- from the shell: 81 s, now 38 s).
CREATE VIEW kept_refresh_recommendations AS SELECT NULL AS id WHERE 0;
CREATE VIEW kept_refresh_actions AS SELECT NULL AS id WHERE 0;

CREATE TRIGGER kept_refresh_recommendations_ii INSTEAD OF INSERT ON kept_refresh_recommendations
WHEN NEW.id IS NOT NULL BEGIN
	DELETE FROM kept_recommendations WHERE id = NEW.id OR parent_id = NEW.id
	    OR id IN (SELECT id FROM recommendations WHERE parent_id = NEW.id);
	INSERT INTO kept_recommendations SELECT * FROM kept_recommendation_facts
	WHERE id = NEW.id OR parent_id = NEW.id;
	DELETE FROM kept_rollups
	WHERE id IN (NEW.id, (SELECT parent_id FROM recommendations WHERE id = NEW.id));
	INSERT INTO kept_rollups SELECT * FROM kept_rollup_facts
	WHERE id IN (NEW.id, (SELECT parent_id FROM recommendations WHERE id = NEW.id));
END;
CREATE TRIGGER kept_refresh_actions_ii INSTEAD OF INSERT ON kept_refresh_actions
WHEN NEW.id IS NOT NULL BEGIN
	DELETE FROM kept_actions WHERE id = NEW.id;
	INSERT INTO kept_actions SELECT * FROM kept_action_facts WHERE id = NEW.id;
END;

-- The writes that change kept rows.  An update fires only for the columns
-- the kept rows read.
CREATE TRIGGER kept_responses_ai AFTER INSERT ON responses BEGIN
	INSERT INTO kept_refresh_recommendations VALUES (NEW.recommendation_id);
END;
CREATE TRIGGER kept_responses_au AFTER UPDATE OF id, recommendation_id, date, decision
ON responses BEGIN
	INSERT INTO kept_refresh_recommendations
	SELECT OLD.recommendation_id UNION SELECT NEW.recommendation_id;
END;
CREATE TRIGGER kept_responses_ad AFTER DELETE ON responses BEGIN
	INSERT INTO kept_refresh_recommendations VALUES (OLD.recommendation_id);
END;

CREATE TRIGGER kept_updates_ai AFTER INSERT ON updates BEGIN
	INSERT INTO kept_refresh_actions VALUES (NEW.action_id);
	INSERT INTO kept_refresh_recommendations
	SELECT NEW.recommendation_id
	UNION SELECT recommendation_id FROM actions WHERE id = NEW.action_id;
END;
CREATE TRIGGER kept_updates_au AFTER UPDATE OF id, recommendation_id, action_id, date, status, due,
rag, percent ON updates BEGIN
	INSERT INTO kept_refresh_actions SELECT OLD.action_id UNION SELECT NEW.action_id;
	INSERT INTO kept_refresh_recommendations
	SELECT OLD.recommendation_id UNION SELECT NEW.recommendation_id
	UNION SELECT recommendation_id FROM actions WHERE id IN (OLD.action_id, NEW.action_id);
END;
CREATE TRIGGER kept_updates_ad AFTER DELETE ON updates BEGIN
	INSERT INTO kept_refresh_actions VALUES (OLD.action_id);
	INSERT INTO kept_refresh_recommendations
	SELECT OLD.recommendation_id
	UNION SELECT recommendation_id FROM actions WHERE id = OLD.action_id;
END;

CREATE TRIGGER kept_revisions_ai AFTER INSERT ON revisions BEGIN
	INSERT INTO kept_refresh_recommendations VALUES (NEW.recommendation_id);
	INSERT INTO kept_refresh_actions VALUES (NEW.action_id);
END;
CREATE TRIGGER kept_revisions_au AFTER UPDATE ON revisions BEGIN
	INSERT INTO kept_refresh_recommendations
	SELECT OLD.recommendation_id UNION SELECT NEW.recommendation_id;
	INSERT INTO kept_refresh_actions SELECT OLD.action_id UNION SELECT NEW.action_id;
END;
CREATE TRIGGER kept_revisions_ad AFTER DELETE ON revisions BEGIN
	INSERT INTO kept_refresh_recommendations VALUES (OLD.recommendation_id);
	INSERT INTO kept_refresh_actions VALUES (OLD.action_id);
END;

-- reports: the report of a response or an update, its meeting's date.
CREATE TRIGGER kept_reports_ai AFTER INSERT ON reports BEGIN
	INSERT INTO kept_refresh_recommendations
	SELECT recommendation_id FROM responses WHERE id = NEW.response_id
	UNION SELECT recommendation_id FROM updates WHERE id = NEW.update_id;
	INSERT INTO kept_refresh_actions SELECT action_id FROM updates WHERE id = NEW.update_id;
END;
CREATE TRIGGER kept_reports_au AFTER UPDATE ON reports BEGIN
	INSERT INTO kept_refresh_recommendations
	SELECT recommendation_id FROM responses WHERE id IN (OLD.response_id, NEW.response_id)
	UNION SELECT recommendation_id FROM updates WHERE id IN (OLD.update_id, NEW.update_id);
	INSERT INTO kept_refresh_actions
	SELECT action_id FROM updates WHERE id IN (OLD.update_id, NEW.update_id);
END;
CREATE TRIGGER kept_reports_ad AFTER DELETE ON reports BEGIN
	INSERT INTO kept_refresh_recommendations
	SELECT recommendation_id FROM responses WHERE id = OLD.response_id
	UNION SELECT recommendation_id FROM updates WHERE id = OLD.update_id;
	INSERT INTO kept_refresh_actions SELECT action_id FROM updates WHERE id = OLD.update_id;
END;

-- recommendations: its own row, its parent's (has_children, the roll-up),
-- and its actions' (rec_number).  number_key is written by a trigger of
-- 0002 after the insert, which fires the update trigger here.
CREATE TRIGGER kept_recommendations_ai AFTER INSERT ON recommendations BEGIN
	INSERT INTO kept_refresh_recommendations SELECT NEW.id UNION SELECT NEW.parent_id;
	INSERT INTO kept_refresh_actions SELECT id FROM actions WHERE recommendation_id = NEW.id;
END;
CREATE TRIGGER kept_recommendations_au AFTER UPDATE OF id, item_id, parent_id, number,
number_key, response_due, response_expected, update_due, target_text, target_date
ON recommendations BEGIN
	INSERT INTO kept_refresh_recommendations
	SELECT OLD.id UNION SELECT NEW.id UNION SELECT OLD.parent_id UNION SELECT NEW.parent_id;
	INSERT INTO kept_refresh_actions
	SELECT id FROM actions WHERE recommendation_id IN (OLD.id, NEW.id);
END;
CREATE TRIGGER kept_recommendations_ad AFTER DELETE ON recommendations BEGIN
	INSERT INTO kept_refresh_recommendations SELECT OLD.id UNION SELECT OLD.parent_id;
	INSERT INTO kept_refresh_actions SELECT id FROM actions WHERE recommendation_id = OLD.id;
END;

CREATE TRIGGER kept_actions_ai AFTER INSERT ON actions BEGIN
	INSERT INTO kept_refresh_actions VALUES (NEW.id);
	INSERT INTO kept_refresh_recommendations VALUES (NEW.recommendation_id);
END;
CREATE TRIGGER kept_actions_au AFTER UPDATE OF id, item_id, recommendation_id, due_text, due_date
ON actions BEGIN
	INSERT INTO kept_refresh_actions SELECT OLD.id UNION SELECT NEW.id;
	INSERT INTO kept_refresh_recommendations
	SELECT OLD.recommendation_id UNION SELECT NEW.recommendation_id;
END;
CREATE TRIGGER kept_actions_ad AFTER DELETE ON actions BEGIN
	INSERT INTO kept_refresh_actions VALUES (OLD.id);
	INSERT INTO kept_refresh_recommendations VALUES (OLD.recommendation_id);
END;

CREATE TRIGGER kept_leads_ai AFTER INSERT ON leads BEGIN
	INSERT INTO kept_refresh_recommendations VALUES (NEW.recommendation_id);
	INSERT INTO kept_refresh_actions VALUES (NEW.action_id);
END;
CREATE TRIGGER kept_leads_au AFTER UPDATE ON leads BEGIN
	INSERT INTO kept_refresh_recommendations
	SELECT OLD.recommendation_id UNION SELECT NEW.recommendation_id;
	INSERT INTO kept_refresh_actions SELECT OLD.action_id UNION SELECT NEW.action_id;
END;
CREATE TRIGGER kept_leads_ad AFTER DELETE ON leads BEGIN
	INSERT INTO kept_refresh_recommendations VALUES (OLD.recommendation_id);
	INSERT INTO kept_refresh_actions VALUES (OLD.action_id);
END;

-- committees (whether a response is expected), meetings (the date of a
-- report; the committee of a meeting), items (the meeting of an item).
CREATE TRIGGER kept_committees_au AFTER UPDATE OF id, response_period ON committees BEGIN
	INSERT INTO kept_refresh_recommendations
	SELECT r.id FROM meetings m JOIN items i ON i.meeting_id = m.id
	JOIN recommendations r ON r.item_id = i.id
	WHERE m.committee_id IN (OLD.id, NEW.id);
END;
CREATE TRIGGER kept_meetings_au AFTER UPDATE OF id, committee_id, date ON meetings BEGIN
	INSERT INTO kept_refresh_recommendations
	SELECT r.id FROM items i JOIN recommendations r ON r.item_id = i.id
	WHERE i.meeting_id IN (OLD.id, NEW.id)
	UNION SELECT x.recommendation_id FROM reports rp JOIN responses x ON x.id = rp.response_id
	WHERE rp.meeting_id IN (OLD.id, NEW.id)
	UNION SELECT u.recommendation_id FROM reports rp JOIN updates u ON u.id = rp.update_id
	WHERE rp.meeting_id IN (OLD.id, NEW.id);
	INSERT INTO kept_refresh_actions
	SELECT u.action_id FROM reports rp JOIN updates u ON u.id = rp.update_id
	WHERE rp.meeting_id IN (OLD.id, NEW.id);
END;
CREATE TRIGGER kept_items_au AFTER UPDATE OF id, meeting_id ON items BEGIN
	INSERT INTO kept_refresh_recommendations
	SELECT id FROM recommendations WHERE item_id IN (OLD.id, NEW.id);
END;

-- The state views of 0002, with the same rules, reading the kept rows
-- where they hold (k.id, kc.id, ka.id not NULL: the row's horizon is on or
-- before the as_of date) and deriving as before where they do not.
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
		       CASE WHEN k.id IS NOT NULL THEN k.leads
		       ELSE (SELECT group_concat(name, '; ') FROM (SELECT name FROM leads
		             WHERE leads.recommendation_id = r.id ORDER BY position)) END AS leads,
		       CASE WHEN k.id IS NOT NULL THEN k.decision ELSE resp.decision END AS decision,
		       CASE WHEN k.id IS NOT NULL THEN k.response_date ELSE resp.date END
		         AS response_date,
		       CASE WHEN k.id IS NOT NULL THEN k.last_update_date ELSE upd.date END
		         AS last_update_date,
		       CASE WHEN k.id IS NOT NULL
		       THEN (SELECT u.text FROM updates u WHERE u.id = k.last_update_id)
		       ELSE upd.text END AS last_update,
		       CASE WHEN k.id IS NOT NULL THEN k.update_due
		       ELSE coalesce((SELECT u.due FROM updates u
		                      WHERE u.recommendation_id = r.id AND u.date <= a.date
		                        AND u.due IS NOT NULL
		                      ORDER BY u.date DESC, u.id DESC LIMIT 1),
		                     r.update_due) END AS update_due,
		       r.title AS title, r.response_due AS response_due,
		       CASE WHEN k.id IS NOT NULL THEN k.last_update_status ELSE upd.status END
		         AS last_update_status,
		       CASE WHEN k.id IS NOT NULL
		       THEN (SELECT x.text FROM responses x WHERE x.id = k.response_id)
		       ELSE resp.text END AS response_text,
		       c.id AS committee_id, m.id AS meeting_id, i.id AS item_id,
		       CASE WHEN k.id IS NOT NULL THEN k.response_id ELSE resp.id END AS response_id,
		       CASE WHEN k.id IS NOT NULL THEN k.last_update_id ELSE upd.id END
		         AS last_update_id,
		       CASE WHEN k.id IS NOT NULL THEN k.response_reported_on
		       ELSE (SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
		             WHERE rp.response_id = resp.id AND rm.date <= a.date)
		       END AS response_reported_on,
		       CASE WHEN k.id IS NOT NULL THEN k.update_reported_on
		       ELSE (SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
		             WHERE rp.update_id = upd.id AND rm.date <= a.date)
		       END AS update_reported_on,
		       a.date AS as_of,
		       r.parent_id AS parent_id,
		       coalesce(r.received, m.date) AS received,
		       coalesce(r.response_expected, c.response_period <> 'none') AS response_expected,
		       CASE WHEN k.id IS NOT NULL THEN k.target_text
		       WHEN EXISTS (SELECT 1 FROM revisions v
		                    WHERE v.recommendation_id = r.id AND v.date > a.date)
		       THEN (SELECT v.old_text FROM revisions v
		             WHERE v.recommendation_id = r.id AND v.date > a.date
		             ORDER BY v.date, v.id LIMIT 1)
		       ELSE r.target_text END AS target_text,
		       CASE WHEN k.id IS NOT NULL THEN k.target_date
		       WHEN EXISTS (SELECT 1 FROM revisions v
		                    WHERE v.recommendation_id = r.id AND v.date > a.date)
		       THEN (SELECT v.old_date FROM revisions v
		             WHERE v.recommendation_id = r.id AND v.date > a.date
		             ORDER BY v.date, v.id LIMIT 1)
		       ELSE r.target_date END AS target_date,
		       r.theme AS theme,
		       CASE WHEN k.id IS NOT NULL THEN k.number_key
		       WHEN r.parent_id IS NULL THEN r.number_key
		       ELSE (SELECT p.number_key FROM recommendations p WHERE p.id = r.parent_id)
		            || char(1) || r.number_key END AS number_key,
		       CASE WHEN k.id IS NOT NULL THEN k.last_update_rag ELSE upd.rag END
		         AS last_update_rag,
		       CASE WHEN k.id IS NOT NULL THEN k.last_update_percent ELSE upd.percent END
		         AS last_update_percent,
		       c.addressee AS addressee,
		       CASE WHEN k.id IS NOT NULL THEN k.has_children
		       ELSE EXISTS (SELECT 1 FROM recommendations x WHERE x.parent_id = r.id)
		       END AS has_children,
		       CASE WHEN k.id IS NOT NULL THEN k.actions
		       ELSE (SELECT count(*) FROM actions ac WHERE ac.recommendation_id = r.id)
		       END AS actions,
		       CASE WHEN k.id IS NOT NULL THEN k.actions_closed
		       ELSE (SELECT count(*) FROM actions ac WHERE ac.recommendation_id = r.id
		               AND (SELECT u.status FROM updates u
		                    WHERE u.action_id = ac.id AND u.date <= a.date
		                    ORDER BY u.date DESC, u.id DESC LIMIT 1)
		                   IN ('complete', 'not-implemented', 'superseded'))
		       END AS actions_closed,
		       CASE WHEN k.id IS NOT NULL THEN k.actions_updated
		       ELSE (SELECT count(*) FROM actions ac WHERE ac.recommendation_id = r.id
		               AND EXISTS (SELECT 1 FROM updates u
		                           WHERE u.action_id = ac.id AND u.date <= a.date))
		       END AS actions_updated
		-- CROSS JOIN fixes the order: from the committee down through the
		-- indexes, so a query for one committee never scans every
		-- recommendation (whatever the planner would guess without
		-- statistics).
		FROM as_of a
		CROSS JOIN committees c
		CROSS JOIN meetings m ON m.committee_id = c.id AND m.date <= a.date
		CROSS JOIN items i ON i.meeting_id = m.id
		CROSS JOIN recommendations r ON r.item_id = i.id
		LEFT JOIN kept_recommendations k
		       ON k.id = r.id AND (k.horizon IS NULL OR k.horizon <= a.date)
		LEFT JOIN responses resp ON resp.id =
		      CASE WHEN k.id IS NULL THEN coalesce(
		           (SELECT x.id FROM responses x
		            WHERE x.recommendation_id = r.id AND x.date <= a.date
		            ORDER BY x.date DESC, x.id DESC LIMIT 1),
		           (SELECT x.id FROM responses x
		            WHERE x.recommendation_id = r.parent_id AND x.date <= a.date
		            ORDER BY x.date DESC, x.id DESC LIMIT 1)) END
		LEFT JOIN updates upd ON upd.id =
		      CASE WHEN k.id IS NULL THEN
		           (SELECT u.id FROM updates u
		            WHERE u.recommendation_id = r.id AND u.date <= a.date
		            ORDER BY u.date DESC, u.id DESC LIMIT 1) END
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
-- percent.  The first columns are the v1 columns, in their order.  The
-- roll-up is read from kept_rollups when every child's kept row holds.
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
	            CASE WHEN b.kept_rollup IS NOT NULL THEN b.kept_closed_state
	            ELSE (SELECT u.state FROM recommendation_base u
	                  WHERE u.committee_id = b.committee_id AND u.meeting_id = b.meeting_id
	                    AND u.item_id = b.item_id AND u.parent_id = b.id
	                  ORDER BY u.state <> 'complete', u.number_key, u.id LIMIT 1) END
	       WHEN b.kept_rollup IS NULL THEN
	            (SELECT u.state FROM recommendation_base u
	             WHERE u.committee_id = b.committee_id AND u.meeting_id = b.meeting_id
	               AND u.item_id = b.item_id AND u.parent_id = b.id AND NOT u.closed
	             ORDER BY CASE WHEN u.overdue THEN 0 ELSE CASE u.state
	                      WHEN 'awaiting-response' THEN 1 WHEN 'delayed' THEN 2
	                      WHEN 'update-pending' THEN 3 WHEN 'paused' THEN 4
	                      WHEN 'in-progress' THEN 5 ELSE 6 END END,
	                      u.number_key, u.id
	             LIMIT 1)
	       WHEN b.children_overdue THEN
	            (SELECT u.state FROM kept_recommendations u
	             WHERE u.parent_id = b.id AND u.item_id = b.item_id AND NOT u.closed
	               AND u.overdue_from < b.as_of
	             ORDER BY u.number_key, u.id LIMIT 1)
	       ELSE b.kept_open_state
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
		       kc.id AS kept_rollup, kc.closed_state AS kept_closed_state,
		       kc.open_state AS kept_open_state,
		       CASE WHEN NOT b.has_children THEN NULL
		       WHEN kc.id IS NOT NULL THEN kc.children
		       ELSE (SELECT count(*) FROM recommendation_base u
		             WHERE u.committee_id = b.committee_id AND u.meeting_id = b.meeting_id
		               AND u.item_id = b.item_id AND u.parent_id = b.id) END AS children,
		       CASE WHEN NOT b.has_children THEN NULL
		       WHEN kc.id IS NOT NULL THEN kc.children_open
		       ELSE (SELECT count(*) FROM recommendation_base u
		             WHERE u.committee_id = b.committee_id AND u.meeting_id = b.meeting_id
		               AND u.item_id = b.item_id AND u.parent_id = b.id AND NOT u.closed)
		       END AS children_open,
		       CASE WHEN NOT b.has_children THEN NULL
		       WHEN kc.id IS NOT NULL THEN coalesce(kc.overdue_from < b.as_of, 0)
		       ELSE EXISTS (SELECT 1 FROM recommendation_base u
		             WHERE u.committee_id = b.committee_id AND u.meeting_id = b.meeting_id
		               AND u.item_id = b.item_id AND u.parent_id = b.id AND NOT u.closed
		               AND u.overdue) END AS children_overdue
		FROM recommendation_base b
		LEFT JOIN kept_rollups kc
		       ON kc.id = CASE WHEN b.has_children THEN b.id END
		      AND (kc.horizon IS NULL OR kc.horizon <= b.as_of)
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
		       CASE WHEN ka.id IS NOT NULL THEN ka.leads
		       ELSE (SELECT group_concat(name, '; ') FROM (SELECT name FROM leads
		             WHERE leads.action_id = ac.id ORDER BY position)) END AS leads,
		       CASE WHEN ka.id IS NOT NULL THEN ka.due_text
		       WHEN EXISTS (SELECT 1 FROM revisions v
		                    WHERE v.action_id = ac.id AND v.date > a.date)
		       THEN (SELECT v.old_text FROM revisions v
		             WHERE v.action_id = ac.id AND v.date > a.date
		             ORDER BY v.date, v.id LIMIT 1)
		       ELSE ac.due_text END AS due_text,
		       CASE WHEN ka.id IS NOT NULL THEN ka.due_date
		       WHEN EXISTS (SELECT 1 FROM revisions v
		                    WHERE v.action_id = ac.id AND v.date > a.date)
		       THEN (SELECT v.old_date FROM revisions v
		             WHERE v.action_id = ac.id AND v.date > a.date
		             ORDER BY v.date, v.id LIMIT 1)
		       ELSE ac.due_date END AS due_date,
		       CASE WHEN ka.id IS NOT NULL THEN ka.status
		       ELSE coalesce(upd.status, 'pending') END AS status,
		       CASE WHEN ka.id IS NOT NULL THEN ka.last_update_date ELSE upd.date END
		         AS last_update_date,
		       CASE WHEN ka.id IS NOT NULL
		       THEN (SELECT u.text FROM updates u WHERE u.id = ka.last_update_id)
		       ELSE upd.text END AS last_update,
		       c.id AS committee_id, m.id AS meeting_id, i.id AS item_id,
		       CASE WHEN ka.id IS NOT NULL THEN ka.last_update_id ELSE upd.id END
		         AS last_update_id,
		       CASE WHEN ka.id IS NOT NULL THEN ka.update_reported_on
		       ELSE (SELECT rm.date FROM reports rp JOIN meetings rm ON rm.id = rp.meeting_id
		             WHERE rp.update_id = upd.id AND rm.date <= a.date)
		       END AS update_reported_on,
		       a.date AS as_of,
		       ac.number AS number, ac.number_key AS number_key,
		       CASE WHEN ka.id IS NOT NULL THEN ka.rec_number
		       ELSE (SELECT r.number FROM recommendations r
		             WHERE r.id = ac.recommendation_id) END AS rec_number,
		       CASE WHEN ka.id IS NOT NULL THEN ka.rec_number_key
		       ELSE (SELECT r.number_key FROM recommendations r
		             WHERE r.id = ac.recommendation_id) END AS rec_number_key,
		       CASE WHEN ka.id IS NOT NULL THEN ka.last_update_rag ELSE upd.rag END
		         AS last_update_rag,
		       CASE WHEN ka.id IS NOT NULL THEN ka.last_update_percent ELSE upd.percent END
		         AS last_update_percent
		FROM as_of a
		CROSS JOIN committees c
		CROSS JOIN meetings m ON m.committee_id = c.id AND m.date <= a.date
		CROSS JOIN items i ON i.meeting_id = m.id
		CROSS JOIN actions ac ON ac.item_id = i.id OR ac.recommendation_id IN
		     (SELECT r.id FROM recommendations r WHERE r.item_id = i.id)
		LEFT JOIN kept_actions ka
		       ON ka.id = ac.id AND (ka.horizon IS NULL OR ka.horizon <= a.date)
		LEFT JOIN updates upd ON upd.id =
		      CASE WHEN ka.id IS NULL THEN
		           (SELECT u.id FROM updates u
		            WHERE u.action_id = ac.id AND u.date <= a.date
		            ORDER BY u.date DESC, u.id DESC LIMIT 1) END
	)
);
