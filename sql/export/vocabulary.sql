-- export: vocabulary.csv, the words this database was taught (vocab add).
SELECT id, kind, word, means, label FROM vocabulary ORDER BY id;
