-- rec edit: change only the columns whose option was given (not NULL).
-- --title "" and --update-due "" clear those columns.
UPDATE recommendations SET
	text = coalesce(:text, text),
	number = coalesce(:number, number),
	title = CASE WHEN :title IS NULL THEN title ELSE nullif(:title, '') END,
	response_due = coalesce(:response_due, response_due),
	update_due = CASE WHEN :update_due IS NULL THEN update_due
	             ELSE nullif(:update_due, '') END
WHERE id = :id;
