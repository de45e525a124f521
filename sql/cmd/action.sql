-- action: the statements of action add.  Each is introduced by a line
-- "-- name: NAME" (RT_SQL_<FILE>_<NAME> in C).
-- name: add
-- An action serves either an item (:item) or a recommendation (:rec);
-- its number is optional, its due date kept as written beside the date
-- it means.
INSERT INTO actions(item_id, recommendation_id, number, text, due_text, due_date)
VALUES (nullif(:item, 0), nullif(:rec, 0), :number, :text, :due_text,
        nullif(:due_date, ''));
