-- vocab: the words a database was taught (table vocabulary).  Each
-- statement is introduced by a line "-- name: NAME" (RT_SQL_<FILE>_<NAME> in C).
-- name: taught
SELECT word, means, id, label FROM vocabulary WHERE kind = ?1 ORDER BY id;
-- name: labels
SELECT kind, means, word FROM vocabulary WHERE label ORDER BY id;
-- name: add
INSERT INTO vocabulary(kind, word, means, label) VALUES (?1, ?2, ?3, ?4);
-- name: unlabel
UPDATE vocabulary SET label = 0 WHERE kind = ?1 AND means = ?2 AND label;
-- name: relabel
UPDATE vocabulary SET label = 1 WHERE id = ?1;
-- name: remove
DELETE FROM vocabulary WHERE id = ?1;
-- name: builtin
CREATE TEMP TABLE vocab_builtin(kind TEXT, word TEXT, means TEXT);
-- name: builtin_add
INSERT INTO temp.vocab_builtin(kind, word, means) VALUES (?1, ?2, ?3);
-- name: list
-- vocab list: the built-in words and the taught ones, by kind and meaning.
SELECT kind, word, means, label, source FROM (
	SELECT kind, word, means, 'no' AS label, 'built-in' AS source, 0 AS k, rowid AS n
	FROM temp.vocab_builtin
	UNION ALL
	SELECT kind, word, means, CASE WHEN label THEN 'yes' ELSE 'no' END, 'taught', 1, id
	FROM main.vocabulary)
WHERE :kind IS NULL OR kind = :kind
ORDER BY kind, means, k, n;
