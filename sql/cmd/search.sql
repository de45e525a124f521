-- search: full-text search over recommendation, response, update and
-- action texts (search_index, FTS5), best match first.  :terms is an FTS5
-- query ("social value", NEAR(asset disposal), custom*); :committee may
-- narrow it.  An item's action has no recommendation: its id is NULL.
SELECT x.recommendation_id AS rec_id, x.kind,
       coalesce(c.slug, ac.slug) AS committee,
       coalesce(m.date, am.date) AS meeting_date,
       snippet(search_index, 0, '[', ']', '…', 16) AS snippet
FROM search_index x
LEFT JOIN recommendations r ON r.id = x.recommendation_id
LEFT JOIN items i ON i.id = r.item_id
LEFT JOIN meetings m ON m.id = i.meeting_id
LEFT JOIN committees c ON c.id = m.committee_id
-- An item's action (no recommendation) finds its committee through its item.
LEFT JOIN actions a ON x.kind = 'action' AND a.id = (x.rowid - 3) / 4
     AND a.item_id IS NOT NULL
LEFT JOIN items ai ON ai.id = a.item_id
LEFT JOIN meetings am ON am.id = ai.meeting_id
LEFT JOIN committees ac ON ac.id = am.committee_id
WHERE search_index MATCH :terms
  AND (:committee IS NULL OR coalesce(c.slug, ac.slug) = :committee)
ORDER BY rank
LIMIT coalesce(CAST(:limit AS INTEGER), 50);
