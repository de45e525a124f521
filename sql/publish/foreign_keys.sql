-- publish: the foreign keys of a table (:table) of the database, one row
-- per column, for datapackage.json.  "to" is NULL when the key names the
-- other table's primary key.
SELECT id, "from", "table", "to"
FROM pragma_foreign_key_list(:table, 'main')
ORDER BY id, seq;
