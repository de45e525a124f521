-- publish: the committees of the site with their figures as of the
-- as-of date, by slug (index.html, and one page each).  Open, closed and
-- overdue come from the state views' own columns.
SELECT c.id, c.slug, c.name, c.kind, c.chair, c.officer,
       (SELECT count(*) FROM recommendation_state s
         WHERE s.committee_id = c.id) AS recs,
       (SELECT count(*) FROM recommendation_state s
         WHERE s.committee_id = c.id AND NOT s.closed) AS open,
       (SELECT count(*) FROM recommendation_state s
         WHERE s.committee_id = c.id AND s.overdue) AS overdue,
       (SELECT count(*) FROM recommendation_state s
         WHERE s.committee_id = c.id AND s.closed) AS closed,
       (SELECT count(*) FROM action_state a
         WHERE a.committee_id = c.id) AS actions,
       (SELECT count(*) FROM action_state a
         WHERE a.committee_id = c.id AND NOT a.closed) AS open_actions,
       (SELECT count(*) FROM action_state a
         WHERE a.committee_id = c.id AND a.overdue) AS overdue_actions
FROM committees c
ORDER BY c.slug;
