-- publish: the primary key of a table (:table) of the database, for
-- datapackage.json; none for a view.
SELECT name FROM pragma_table_info(:table, 'main') WHERE pk > 0 ORDER BY pk;
