-- export: committees.csv
SELECT id, slug, name, kind, chair, officer, addressee, response_period
FROM committees ORDER BY id;
