-- export: committees.csv
SELECT id, slug, name, kind, chair, officer FROM committees ORDER BY id;
